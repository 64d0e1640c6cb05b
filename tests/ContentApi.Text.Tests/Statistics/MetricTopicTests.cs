using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// What a count names when the words before it are a topic, not the thing counted: a place at the head of the clause; and
/// what a part counted after 其中 names when only its predicate follows it.
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

    [Theory]
    // A part after 其中 with only a predicate counts the whole's noun; the predicate says which part.
    [InlineData("全市8家平台年交易额超过十亿元，其中3家超过百亿元。", "平台年交易额（超过百亿元）")]
    [InlineData("社区有空巢老人52名，其中7人没有子女在身边。", "空巢老人（没有子女）")]
    // A part named by what befell it, or by what it is, keeps those words.
    [InlineData("暴雨已造成6人遇难，其中2人因公殉职。", "因公殉职")]
    [InlineData("服务队有志愿者120人，其中30人为党员。", "党员")]
    public void APartAfter其中CountsTheWholesNoun(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[^1].Metric);

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
