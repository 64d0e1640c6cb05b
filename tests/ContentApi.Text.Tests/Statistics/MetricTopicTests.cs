using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// What a count names when the words before it are a topic, not the thing counted: a place at the head of the clause.
/// </summary>
public sealed class MetricTopicTests
{
    [Theory]
    // A place alone, or 全/该 with a level, before a count says where: the noun after the count is what is counted.
    [InlineData("如今，该乡18个村已建成文化广场。", "村")]
    [InlineData("全县21个村均已通上自来水。", "村")]
    [InlineData("全市9个区均已建成救助站。", "区")]
    // People counted after a place are named by their predicate.
    [InlineData("洛阳市3200人参与线上答题。", "参与线上答题")]
    public void APlaceBeforeACountIsWhereNotWhat(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Theory]
    // Nothing after the count: the place's own households or people keep the place.
    [InlineData("全村共有42户156人。", "全村共有")]
    [InlineData("该村现有310人，其中外出务工的120人。", "该村现有")]
    public void APlacesPopulationKeepsThePlace(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
