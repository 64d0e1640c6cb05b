using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ContentApi.Text.Evaluation;

namespace ContentApi.Cli;

/// <summary>
/// <c>contentapi evaluate DIR</c>: runs the extractor on every annotated page of a folder and scores it against the gold,
/// by the corpus scorer's rules (<see cref="StatisticMatcher"/>). Exit 0, 1 when a floor is missed, 2 when the folder or a
/// file in it cannot be read.
/// </summary>
internal static class EvaluateCommand
{
    private const string Help = """
        Run the extractor on every NAME.txt of DIR that has a NAME.gold.json (written as tests/corpus/dev/ANNOTATION.md says) and score it.
        Prints one line per page and the micro average over every statistic of every page: F1, precision, recall, and the shares of matched statistics whose metric, qualifier, category, place and year agree.

        Matching, as the corpus scorer (score-extraction) matches:
          - a prediction matches a gold statistic when the values are equal and the units are equal after NFKC (％ = %), or the gold marks its unit "unitImplied" and the prediction has none;
          - gold statistics are taken in page order, each matched to the first free prediction in output order: first among those whose metric contains one of the gold's "metricKeywords", then among all; so of two equal figures the one naming the right thing wins;
          - an unmatched prediction with the unit and value of an "ignore" entry counts neither way (an entry with 数百 covers 100 to 900); every other unmatched one is a false positive; a gold file without its page counts all its statistics missed;
          - a matched metric agrees when it contains a gold keyword; qualifier and category when equal (NFKC, lower case); place when one name contains the other (红桥区 / 天津市红桥区) or both are none; year when equal. Place and year are scored over the matched statistics whose gold gives them.
        Exit status: 0; 1 when a --min-* floor is missed; 2 when the arguments are wrong or DIR or a file in it cannot be read.
        """;

    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "A folder of NAME.txt pages with NAME.gold.json gold files, e.g. tests/corpus/dev." };
        var verbose = new Option<bool>("--verbose") { Description = "Under each page, list every missed gold statistic, false positive and partly-right statistic." };
        var json = new Option<bool>("--json") { Description = "Print the pages, their lines, the total and the floors as JSON instead." };
        var floors = new[] { "f1", "metric", "qualifier", "category", "place", "year" }.Select(Floor).ToArray();
        var command = new Command("evaluate", Help) { directory, verbose, json };
        foreach (var floor in floors)
        {
            command.Options.Add(floor);
        }

        command.SetAction(parse => Run(
            parse.GetValue(directory)!,
            parse.GetValue(verbose),
            parse.GetValue(json),
            new Floors(parse.GetValue(floors[0]), parse.GetValue(floors[1]), parse.GetValue(floors[2]), parse.GetValue(floors[3]), parse.GetValue(floors[4]), parse.GetValue(floors[5])),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(string directory, bool verbose, bool json, Floors floors, TextWriter output, TextWriter error)
    {
        List<PageEvaluation> pages;
        try
        {
            pages = Directory.EnumerateFiles(directory, "*.gold.json").Order(StringComparer.Ordinal).Select(Evaluate).ToList();
        }
        catch (Exception e) when (PageFiles.IsReadFailure(e) || e is JsonException or InvalidOperationException or FormatException)
        {
            error.WriteLine($"contentapi evaluate: cannot read {directory}: {PageFiles.Describe(e)}");
            return 2;
        }

        if (pages.Count == 0)
        {
            error.WriteLine($"contentapi evaluate: {directory} holds no NAME.gold.json file");
            return 2;
        }

        var result = CorpusEvaluation.Of(pages, floors);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(result, EvaluationJsonContext.Readable.CorpusEvaluation));
        }
        else
        {
            Print(result, verbose, output);
        }

        return result.FloorsMet ? 0 : 1;
    }

    private static PageEvaluation Evaluate(string goldPath)
    {
        var name = Path.GetFileName(goldPath)[..^".gold.json".Length];
        GoldPage gold;
        try
        {
            gold = GoldPage.Parse(PageFiles.Read(goldPath));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new JsonException($"{Path.GetFileName(goldPath)} is not a gold file: {e.Message}", e);
        }

        var textPath = Path.Combine(Path.GetDirectoryName(goldPath)!, name + ".txt");
        return File.Exists(textPath)
            ? new PageEvaluation(name, HasText: true, Evaluator.Evaluate(PageFiles.Read(textPath), gold))
            : new PageEvaluation(name, HasText: false, Evaluator.WithoutText(gold));
    }

    private static void Print(CorpusEvaluation result, bool verbose, TextWriter output)
    {
        foreach (var page in result.Pages)
        {
            output.WriteLine($"{page.Name}: {(page.HasText ? "" : "no page text; ")}{Summary(page.Score.Counts, decimals: 2)}");
            if (verbose)
            {
                foreach (var line in page.Score.Lines())
                {
                    output.WriteLine($"  {line}");
                }
            }
        }

        output.WriteLine($"total ({result.Pages.Count} pages): {Summary(result.Total, decimals: 3)}");
        foreach (var floor in result.Floors.Where(floor => !floor.Met))
        {
            output.WriteLine($"floor missed: {floor.Name} {Figure(floor.Reached, 3)} < {Figure(floor.Floor, 3)}");
        }
    }

    // The wording of the corpus scorer's lines, so that the two can be read side by side.
    private static string Summary(ScoreCounts c, int decimals)
    {
        var line = $"F1 {Figure(c.F1, 3)} (P {Figure(c.Precision, 3)} R {Figure(c.Recall, 3)}, {c.Found} of {c.Gold} found, {c.False} false) "
            + $"metric {Figure(c.Metric, decimals)} qualifier {Figure(c.Qualifier, decimals)} category {Figure(c.Category, decimals)}";
        line += c.Place is { } place ? $" place {Figure(place, decimals)}" : "";
        line += c.Year is { } year ? $" year {Figure(year, decimals)}" : "";
        return line;
    }

    private static string Figure(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static Option<double?> Floor(string figure)
    {
        var option = new Option<double?>($"--min-{figure}") { Description = $"Exit 1 when the total {figure} is below this share (0 to 1)." };
        option.Validators.Add(result =>
        {
            // The tokens, not the value: a token that is no number is the converter's error to report.
            if (result.Tokens is [var token] && double.TryParse(token.Value, CultureInfo.InvariantCulture, out var floor) && floor is < 0 or > 1)
            {
                result.AddError($"--min-{figure} is a share from 0 to 1, not {floor.ToString(CultureInfo.InvariantCulture)}");
            }
        });
        return option;
    }
}
