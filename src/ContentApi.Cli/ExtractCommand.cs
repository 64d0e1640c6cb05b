using System.CommandLine;
using System.Text.Json;
using ContentApi.Text;
using ContentApi.Text.Places;
using ContentApi.Text.Serialization;

namespace ContentApi.Cli;

/// <summary><c>contentapi extract FILE</c>: prints what an ingest of the page would store, as JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The page: UTF-8 plain text, an .html page or a .pdf, or - for text on standard input." };
        var explain = new Option<bool>("--explain") { Description = "Also list every number in the text with the decision taken on it and why." };
        var publishedOn = new Option<DateOnly?>("--published-on") { Description = "The page's publication date (YYYY-MM-DD): 今年, 去年 and 目前 are read against it." };
        var place = new Option<string?>("--place") { Description = "The page's place, a division's code or name (120106, 红桥区): used when the text names none." };
        var command = new Command("extract", "Parse a page into articles, sections, paragraphs and statistics, and print it as JSON.")
        {
            file,
            explain,
            publishedOn,
            place,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(explain), new DocumentFacts(parse.GetValue(publishedOn), parse.GetValue(place)), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string path, bool explain, TextWriter output, TextWriter error) => Run(path, explain, DocumentFacts.None, output, error);

    internal static int Run(string path, bool explain, DocumentFacts facts, TextWriter output, TextWriter error)
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

        if (facts.Place is { } named && PlaceLookup.Find(named) is null)
        {
            error.WriteLine($"contentapi extract: --place {named}: no single division has this code or name");
            return 2;
        }

        var page = PageExtractor.Extract(text, facts, explain);
        output.WriteLine(JsonSerializer.Serialize(page, PageJsonContext.Readable.ParsedPage));
        return 0;
    }
}
