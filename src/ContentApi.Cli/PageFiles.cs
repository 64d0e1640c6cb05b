using System.Text;
using ContentApi.Inputs;

namespace ContentApi.Cli;

/// <summary>How the commands read a page from a file or standard input, and how they word a failure to.</summary>
internal static class PageFiles
{
    // Strict UTF-8: a page with invalid bytes is refused rather than silently altered, so offsets stay true.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether <paramref name="e"/> is a failure to read a file (rather than a bug), to be reported and not thrown.</summary>
    public static bool IsReadFailure(Exception e) => e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or UnreadablePageException;

    // A byte-order mark is kept as a character, so that offsets count exactly what the file holds; the parser skips it.
    // An HTML page or a PDF is read into the text an ingest of it would store.
    public static string Read(string path)
    {
        if (PageFormats.FromExtension(path) is PageFormat.Html or PageFormat.Pdf)
        {
            return PageReader.Read(File.ReadAllBytes(path), PageFormats.FromExtension(path)!.Value, MaxPdfPages);
        }

        using var stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    // The service's default limit; a command line reading a file of its user's has no reason for another.
    private const int MaxPdfPages = 50;

    public static string Describe(Exception e) => e switch
    {
        DecoderFallbackException => "the file is not valid UTF-8 text",
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        _ => e.Message,
    };
}
