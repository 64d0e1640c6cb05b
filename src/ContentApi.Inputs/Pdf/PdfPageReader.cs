using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace ContentApi.Inputs.Pdf;

/// <summary>
/// Reads a PDF page (an e-paper) into plain text in the order a reader reads it: page by page, and on a page block by
/// block — a headline across the columns, then each column top to bottom, left to right. Each block of lines becomes a
/// paragraph, and an indented line inside a block starts a new one; a paragraph that runs on into the next column
/// therefore arrives as two, exactly the column break the page parser repairs in text taken from e-papers.
/// </summary>
public static class PdfPageReader
{
    public static string Read(byte[] pdf, int maxPages)
    {
        PdfChecks.RequireWholePdf(pdf);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadablePageException(UnreadableReason.EncryptedPdf, "The PDF is encrypted with a password; send it unencrypted.", e);
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            throw new UnreadablePageException(UnreadableReason.DamagedPdf, "The PDF's structure could not be read.", e);
        }

        using (document)
        {
            if (document.IsEncrypted && !CanRead(document))
            {
                throw new UnreadablePageException(UnreadableReason.EncryptedPdf, "The PDF is encrypted with a password; send it unencrypted.");
            }

            if (document.NumberOfPages > maxPages)
            {
                throw new UnreadablePageException(UnreadableReason.TooManyPages, $"The PDF has {document.NumberOfPages} pages; at most {maxPages} are read.");
            }

            var text = new StringBuilder();
            try
            {
                foreach (var page in document.GetPages())
                {
                    foreach (var paragraph in Paragraphs(page))
                    {
                        text.Append(paragraph).Append("\n\n");
                    }
                }
            }
            catch (Exception e) when (IsParserFailure(e))
            {
                throw new UnreadablePageException(UnreadableReason.DamagedPdf, "The PDF's pages could not be read.", e);
            }

            if (!text.ToString().Any(char.IsLetterOrDigit))
            {
                throw new UnreadablePageException(UnreadableReason.NoTextLayer, "The PDF has no text layer (a scan?); send a PDF with text or its text.");
            }

            return text.ToString();
        }
    }

    // A damaged file makes the parser fail in many ways (format errors, bad casts, missing keys, deep nesting);
    // each is the file's fault, none is ours to surface.
    private static bool IsParserFailure(Exception e) => e is not (OutOfMemoryException or UnreadablePageException or OperationCanceledException);

    private static bool CanRead(PdfDocument document)
    {
        try
        {
            return document.NumberOfPages >= 0 && document.GetPage(1) is not null;
        }
        catch (PdfDocumentEncryptedException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Paragraphs(Page page) =>
        TextBlocks.InReadingOrder(TextBlocks.Of(PageLines.Of(page.Letters))).SelectMany(b => b.Paragraphs());
}
