using System.Globalization;
using System.Text;

namespace ContentApi.Text.Evaluation;

/// <summary>
/// Scores a page's predicted statistics against its gold by the rules of the corpus scorer
/// (<c>score-extraction</c>), so that both give the same figures:
/// <list type="bullet">
/// <item>a prediction matches a gold statistic when the values are equal and the units are equal after NFKC
/// (<c>％</c> = <c>%</c>), or the gold marks its unit <c>unitImplied</c> and the prediction has none;</item>
/// <item>gold statistics are matched in page order, each to the first free prediction in output order, first among the
/// predictions whose metric contains one of the gold's <c>metricKeywords</c>, then among all; so of two equal figures
/// the one that names the right thing wins;</item>
/// <item>an unmatched prediction that has the unit and value of an <c>ignore</c> entry counts neither way (数百 covers
/// 100 to 900); every other one is a false positive;</item>
/// <item>a matched statistic's metric agrees when it contains a gold keyword; qualifier and category when equal after NFKC
/// and lower-casing; place when one name contains the other after NFKC (红桥区 / 天津市红桥区) or both are null; year
/// when equal. Place and year are scored only where the gold gives them.</item>
/// </list>
/// </summary>
public static class StatisticMatcher
{
    public static PageScore Score(GoldPage gold, IReadOnlyList<PredictedStatistic> predicted)
    {
        var predictions = predicted.Select(p => new Prediction(p, Normalize(p.Unit), Normalize(p.Metric))).ToArray();
        var free = Enumerable.Range(0, predictions.Length).ToList();
        var hits = new int?[gold.Statistics.Count];
        foreach (var strict in (ReadOnlySpan<bool>)[true, false])
        {
            for (var g = 0; g < gold.Statistics.Count; g++)
            {
                if (hits[g] is not null)
                {
                    continue;
                }

                var want = gold.Statistics[g];
                var unit = Normalize(want.Unit);
                var at = free.FindIndex(i => Matches(want, unit, predictions[i]) && (!strict || NamesMetric(want, predictions[i])));
                if (at >= 0)
                {
                    hits[g] = free[at];
                    free.RemoveAt(at);
                }
            }
        }

        var falsePositives = free.Where(i => !Ignored(gold, predictions[i])).Select(i => FalsePositive.Of(predictions[i].Statistic)).ToArray();
        var misses = new List<Miss>();
        var partlyRight = new List<PartlyRight>();
        var counts = ScoreCounts.None with { Gold = gold.Statistics.Count, False = falsePositives.Length };
        for (var g = 0; g < gold.Statistics.Count; g++)
        {
            var want = gold.Statistics[g];
            if (hits[g] is not { } hit)
            {
                misses.Add(new Miss(want.Surface, want.Value, want.Unit, want.MetricKeywords));
                continue;
            }

            var (pair, problems) = Compare(want, predictions[hit]);
            counts += pair;
            if (problems.Count > 0)
            {
                partlyRight.Add(new PartlyRight(want.Surface, problems));
            }
        }

        return new PageScore(counts, misses, falsePositives, partlyRight);
    }

    /// <summary>NFKC and trimmed, as the scorer compares text: full-width ％ and Ａ read as % and A.</summary>
    public static string Normalize(string? text) => (text ?? "").Normalize(NormalizationForm.FormKC).Trim();

    private static bool Matches(GoldStatistic want, string unit, Prediction p) =>
        (double)p.Statistic.Value == want.Value && (p.Unit == unit || (want.UnitImplied && p.Unit.Length == 0));

    private static bool NamesMetric(GoldStatistic want, Prediction p) => want.MetricKeywords.Any(k => p.Metric.Contains(k, StringComparison.Ordinal));

    private static bool Ignored(GoldPage gold, Prediction p)
    {
        var value = (double)p.Statistic.Value;
        foreach (var ignore in gold.Ignore)
        {
            if (Normalize(ignore.Unit) != p.Unit)
            {
                continue;
            }

            var ignored = ignore.Surface.Contains("数百", StringComparison.Ordinal) ? value is >= 100 and <= 900 : value == ignore.Value;
            if (ignored)
            {
                return true;
            }
        }

        return false;
    }

    // One matched pair: its agreement counts, and what a reader would correct, worded as score-extraction words it.
    private static (ScoreCounts Counts, List<string> Problems) Compare(GoldStatistic want, Prediction p)
    {
        var problems = new List<string>();
        var metric = NamesMetric(want, p);
        if (!metric)
        {
            problems.Add($"metric {Quote(p.Statistic.Metric)} lacks {string.Join('/', want.MetricKeywords)}");
        }

        var qualifier = Normalize(p.Statistic.Qualifier).ToLowerInvariant() == want.Qualifier;
        if (!qualifier)
        {
            problems.Add($"qualifier {Quote(p.Statistic.Qualifier)} != {want.Qualifier}");
        }

        var category = Normalize(p.Statistic.Category).ToLowerInvariant() == want.Category;
        if (!category)
        {
            problems.Add($"category {Quote(p.Statistic.Category)} != {want.Category}");
        }

        var place = want.Place is { } wantPlace && PlaceAgrees(wantPlace.Value, p.Statistic.Place);
        if (want.Place is not null && !place)
        {
            problems.Add($"place {Quote(NullIfEmpty(Normalize(p.Statistic.Place)))} != {want.Place.Value ?? "None"}");
        }

        var year = want.Year is { } wantYear && wantYear.Value == p.Statistic.Year;
        if (want.Year is not null && !year)
        {
            problems.Add($"year {p.Statistic.Year?.ToString(CultureInfo.InvariantCulture) ?? "None"} != {want.Year.Value?.ToString(CultureInfo.InvariantCulture) ?? "None"}");
        }

        var counts = new ScoreCounts(
            Gold: 0, Found: 1, False: 0, MetricAgree: metric ? 1 : 0, QualifierAgree: qualifier ? 1 : 0, CategoryAgree: category ? 1 : 0,
            PlaceScored: want.Place is null ? 0 : 1, PlaceAgree: place ? 1 : 0, YearScored: want.Year is null ? 0 : 1, YearAgree: year ? 1 : 0);
        return (counts, problems);
    }

    private static bool PlaceAgrees(string? want, string? got)
    {
        var wanted = Normalize(want);
        var given = Normalize(got);
        if (wanted.Length == 0 || given.Length == 0)
        {
            return wanted.Length == 0 && given.Length == 0;
        }

        return given.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(given, StringComparison.Ordinal);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // Python's repr, as the scorer prints a predicted field: 'text', or None.
    internal static string Quote(string? text) => text is null ? "None" : $"'{text}'";

    private sealed record Prediction(PredictedStatistic Statistic, string Unit, string Metric);
}
