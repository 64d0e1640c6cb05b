using System.Text;
using ContentApi.Inputs.Html;
using ContentApi.Inputs.Pdf;

namespace ContentApi.Inputs;

/// <summary>Reads a page in any of its formats into the plain text the page parser reads.</summary>
public static class PageReader
{
    // Strict UTF-8: a page with invalid bytes is refused rather than silently altered, so that offsets stay true.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The page's text. Bytes declared as one format but showing another (a PDF sent as HTML or text, HTML sent as a
    /// PDF or as text) are refused, as are text bytes that are not UTF-8.
    /// </summary>
    public static string Read(byte[] bytes, PageFormat declared, int maxPdfPages)
    {
        var actual = PageFormats.Sniff(bytes);
        if (actual != declared && (actual != PageFormat.Text || declared == PageFormat.Text))
        {
            throw new UnreadablePageException(UnreadableReason.WrongMediaType,
                $"The body was declared {declared.MediaType()} but is {Describe(actual)}; send it as {actual.MediaType()}.");
        }

        switch (declared)
        {
            case PageFormat.Pdf:
                return PdfPageReader.Read(bytes, maxPdfPages);
            case PageFormat.Html:
                return HtmlPageReader.Read(bytes);
            default:
                try
                {
                    return StrictUtf8.GetString(bytes);
                }
                catch (DecoderFallbackException e)
                {
                    throw new UnreadablePageException(UnreadableReason.NotUtf8, "The text is not valid UTF-8.", e);
                }
        }
    }

    private static string Describe(PageFormat format) => format switch
    {
        PageFormat.Pdf => "a PDF",
        PageFormat.Html => "an HTML document",
        _ => "plain text",
    };
}
