using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// Metrics carried across clauses and the furniture of a story: an attribute clause after a comma names the thing counted
/// before it; a title run into its story's dateline or credit is read to the words before the figure.
/// </summary>
public sealed class MetricCarryTests
{
    [Theory]
    // An attribute or a share opening the clause after a figure's is the attribute of what that figure counted.
    [InlineData("全县已建成湿地公园9个，面积约1200公顷。", "湿地公园（面积）")]
    [InlineData("合作社种植黄桃600余亩，产值达300万元。", "黄桃（产值）")]
    [InlineData("全镇有网格员560人，占比约35%。", "网格员（占比）")]
    [InlineData("全区现有注册志愿者9.2万人，约占常住人口的12%。", "注册志愿者（占常住人口）")]
    // An attribute the carried subject ends in is its own, not the clause's.
    [InlineData("实验学校占地面积80亩，建筑面积5.6万平方米。", "实验学校（建筑面积）")]
    public void AnAttributeClauseCarriesTheThingCountedBefore(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[^1].Metric);

    [Theory]
    // No figure in the clause before, or the attribute after a list of counts (the whole's), or with words of its own.
    [InlineData("银行贷款仍是主要渠道，占比64.2%。", "占比")]
    [InlineData("全州下辖5县、30个乡镇、160个行政村，总面积2.1万平方公里。", "总面积")]
    [InlineData("全县种植茶叶2万亩，茶叶产值8亿元。", "茶叶产值")]
    public void AnAttributeClauseWithoutAThingBeforeItKeepsItsWords(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[^1].Metric);

    [Fact]
    public void AnAttributeCarryingItsThingKeepsTheAttributesCategory()
    {
        var statistics = Extract("村里办起养殖场3家，产值达450万元。");

        Assert.EndsWith("养殖场（产值）", statistics[^1].Metric);
        Assert.Equal("economy", statistics[^1].Category);
    }

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
