namespace ContentApi.Inputs;

/// <summary>The formats a page arrives in, with their media types and file extensions.</summary>
public enum PageFormat
{
    Text,
    Html,
    Pdf,
}

public static class PageFormats
{
    public const string TextMediaType = "text/plain";
    public const string HtmlMediaType = "text/html";
    public const string PdfMediaType = "application/pdf";

    public static string MediaType(this PageFormat format) => format switch
    {
        PageFormat.Html => HtmlMediaType,
        PageFormat.Pdf => PdfMediaType,
        _ => TextMediaType,
    };

    /// <summary>The format a file's extension names (.txt, .html/.htm, .pdf), or none.</summary>
    public static PageFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => PageFormat.Text,
        ".html" or ".htm" => PageFormat.Html,
        ".pdf" => PageFormat.Pdf,
        _ => null,
    };

    /// <summary>
    /// The format the bytes show whatever they were declared as: a PDF begins with <c>%PDF-</c> within its first
    /// kilobyte (the rule PDF readers apply), an HTML document with a doctype or an html, head or body tag after
    /// optional white space, a byte-order mark or comments; anything else is taken as text.
    /// </summary>
    public static PageFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return PageFormat.Pdf;
        }

        var start = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        start = start[..Math.Min(start.Length, 1024)].TrimStart(" \t\r\n\f"u8);
        while (start.StartsWith("<!--"u8) && start.IndexOf("-->"u8) is var end and >= 0)
        {
            start = start[(end + 3)..].TrimStart(" \t\r\n\f"u8);
        }

        foreach (var opening in HtmlOpenings)
        {
            if (StartsWithIgnoringCase(start, opening))
            {
                return PageFormat.Html;
            }
        }

        return PageFormat.Text;
    }

    private static readonly byte[][] HtmlOpenings = ["<!doctype html"u8.ToArray(), "<html"u8.ToArray(), "<head"u8.ToArray(), "<body"u8.ToArray()];

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> bytes, byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant((char)bytes[i]) != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
