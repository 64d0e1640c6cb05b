namespace ContentApi.Inputs.Pdf;

/// <summary>What is checked on a PDF's bytes before any parsing.</summary>
internal static class PdfChecks
{
    /// <summary>
    /// A PDF begins with <c>%PDF-</c> within its first kilobyte and ends with <c>%%EOF</c> within its last (the
    /// tolerances PDF readers allow). Checking the end first tells a cut-short upload apart from a damaged file,
    /// which a lenient parser would otherwise half-read.
    /// </summary>
    public static void RequireWholePdf(ReadOnlySpan<byte> pdf)
    {
        if (pdf[..Math.Min(pdf.Length, 1024)].IndexOf("%PDF-"u8) < 0)
        {
            throw new UnreadablePageException(UnreadableReason.NotPdf, "The body is not a PDF: it does not begin with %PDF-.");
        }

        if (pdf[Math.Max(0, pdf.Length - 1024)..].IndexOf("%%EOF"u8) < 0)
        {
            throw new UnreadablePageException(UnreadableReason.TruncatedPdf, "The PDF is truncated: it ends before its %%EOF marker.");
        }
    }
}
