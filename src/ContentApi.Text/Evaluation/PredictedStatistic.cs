using ContentApi.Text.Parsing;

namespace ContentApi.Text.Evaluation;

/// <summary>
/// A statistic the extractor reported, as the scorer reads it. <see cref="Place"/> and <see cref="Year"/> are null while
/// the extractor does not say where and when a figure belongs.
/// </summary>
public sealed record PredictedStatistic(
    decimal Value,
    string Unit,
    string Metric,
    string Qualifier,
    string Category,
    string Text,
    string? Place,
    int? Year)
{
    /// <summary>Every statistic of the page in the order <c>contentapi extract</c> prints them (article by article), which decides ties.</summary>
    public static IReadOnlyList<PredictedStatistic> Of(ParsedPage page) =>
        page.Articles
            .SelectMany(article => article.Statistics)
            .Select(s => new PredictedStatistic(s.Value, s.Unit, s.Metric, s.Qualifier, s.Category, s.Text, Place: null, Year: null))
            .ToArray();
}
