using System.CommandLine;
using System.Text;
using System.Text.Json;
using ContentApi.Inputs;
using ContentApi.Text;
using ContentApi.Text.Serialization;

namespace ContentApi.Cli;

/// <summary><c>contentapi extract FILE</c>: prints what an ingest of the page would store, as JSON.</summary>
internal static class ExtractCommand
{
    // Strict UTF-8: a page with invalid bytes is refused rather than silently altered, so offsets stay true.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The page: UTF-8 plain text, an .html page or a .pdf, or - for text on standard input." };
        var explain = new Option<bool>("--explain") { Description = "Also list every number in the text with the decision taken on it and why." };
        var command = new Command("extract", "Parse a page into articles, sections, paragraphs and statistics, and print it as JSON.")
        {
            file,
            explain,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(explain), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string path, bool explain, TextWriter output, TextWriter error)
    {
        string text;
        try
        {
            text = Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or UnreadablePageException)
        {
            error.WriteLine($"contentapi extract: cannot read {(path == "-" ? "standard input" : path)}: {Describe(e)}");
            return 2;
        }

        var page = PageExtractor.Extract(text, explain);
        output.WriteLine(JsonSerializer.Serialize(page, PageJsonContext.Readable.ParsedPage));
        return 0;
    }

    // A byte-order mark is kept as a character, so that offsets count exactly what the file holds; the parser skips it.
    // An HTML page or a PDF is read into the text an ingest of it would store.
    private static string Read(string path)
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

    private static string Describe(Exception e) => e switch
    {
        DecoderFallbackException => "the file is not valid UTF-8 text",
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        _ => e.Message,
    };
}
