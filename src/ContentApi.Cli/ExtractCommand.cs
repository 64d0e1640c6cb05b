using System.CommandLine;
using System.Text.Json;
using ContentApi.Text;
using ContentApi.Text.Serialization;

namespace ContentApi.Cli;

/// <summary><c>contentapi extract FILE</c>: prints what an ingest of the page would store, as JSON.</summary>
internal static class ExtractCommand
{
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
            text = PageFiles.Read(path);
        }
        catch (Exception e) when (PageFiles.IsReadFailure(e))
        {
            error.WriteLine($"contentapi extract: cannot read {(path == "-" ? "standard input" : path)}: {PageFiles.Describe(e)}");
            return 2;
        }

        var page = PageExtractor.Extract(text, explain);
        output.WriteLine(JsonSerializer.Serialize(page, PageJsonContext.Readable.ParsedPage));
        return 0;
    }
}
