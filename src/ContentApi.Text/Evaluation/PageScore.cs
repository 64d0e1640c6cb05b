using System.Globalization;

namespace ContentApi.Text.Evaluation;

/// <summary>A page's score: its counts, and every gold statistic missed, every false positive and every matched statistic a reader would correct.</summary>
public sealed record PageScore(
    ScoreCounts Counts,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<FalsePositive> FalsePositives,
    IReadOnlyList<PartlyRight> PartlyRight)
{
    /// <summary>The misses, false positives and partly-right statistics, one line each, worded as <c>score-extraction</c> words them.</summary>
    public IEnumerable<string> Lines() =>
        Misses.Select(m => m.ToString()).Concat(FalsePositives.Select(f => f.ToString())).Concat(PartlyRight.Select(p => p.ToString()));
}

/// <summary>A gold statistic no prediction matched.</summary>
public sealed record Miss(string Surface, double Value, string Unit, IReadOnlyList<string> MetricKeywords)
{
    public override string ToString() =>
        $"missed: {Surface} ({Value.ToString(CultureInfo.InvariantCulture)} {Unit}, {string.Join('/', MetricKeywords)})";
}

/// <summary>
/// A prediction that matched no gold statistic and no ignore entry. Its category is in the JSON only (the line is worded
/// as <c>score-extraction</c> words it): over pages with empty gold files every figure is one, so the JSON is a census
/// of what a build reads, categories included (tools/extractor-diff).
/// </summary>
public sealed record FalsePositive(string Text, decimal Value, string Unit, string Metric, string Category)
{
    public static FalsePositive Of(PredictedStatistic p) => new(p.Text, p.Value, p.Unit, p.Metric, p.Category);

    public override string ToString() =>
        $"false positive: {Text} -> {Value.ToString(CultureInfo.InvariantCulture)} {Unit} metric={StatisticMatcher.Quote(Metric)}";
}

/// <summary>A matched statistic with a wrong metric, qualifier, category, place or year, each problem worded.</summary>
public sealed record PartlyRight(string Surface, IReadOnlyList<string> Problems)
{
    public override string ToString() => $"partly right: {Surface}: {string.Join("; ", Problems)}";
}
