using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public class MetricFallbackTests
{
    [Fact]
    public void AChangeWithNoNounOfItsOwnMeasuresTheSubjectBeforeIt()
    {
        const string text = "全县完成工业产值80亿元，同比增长7.5%。";

        var statistics = StatisticsExtractor.Apply(text, LinePage.From(text), explain: false).Articles[0].Statistics;

        var growth = Assert.Single(statistics, s => s.Unit == "%");
        Assert.Equal("工业产值（同比增长）", growth.Metric);
        Assert.Equal(7.5m, growth.Value);
    }

    [Theory]
    // A period written in digits keeps its word of comparison, as 比上年同期 does, not its 年 or 月份 alone.
    [InlineData("8月份全市用电量为9亿千瓦时，比7月份略有下降2%。", "用电量（比7月份略有下降）")]
    [InlineData("全区工业用水量为2亿立方米，较2015年减少了12%。", "工业用水量（较2015年减少了）")]
    [InlineData("全县税收收入3亿元，比上年同期下降4%。", "税收收入（比上年同期下降）")]
    public void AChangeCarriedToTheSubjectKeepsItsWholeComparison(string text, string metric)
    {
        var statistics = StatisticsExtractor.Apply(text, LinePage.From(text), explain: false).Articles[0].Statistics;

        Assert.Equal(metric, statistics[^1].Metric);
    }

    [Fact]
    public void AFigureWhoseClauseNamesNothingIsExplainedButNotReported()
    {
        const string text = "“好！”，5人。";

        var page = StatisticsExtractor.Apply(text, LinePage.From(text), explain: true);

        Assert.Empty(page.Articles[0].Statistics);
        var mention = Assert.Single(page.Mentions!, m => m.Text == "5人");
        Assert.Equal(NumberDecision.Other, mention.Decision);
        Assert.StartsWith("no metric", mention.Reason);
    }

    [Fact]
    public void TenthsJoinedByAConjunctionAreBothRead()
    {
        const string text = "两地客流分别增长四成和一成半。";

        var statistics = StatisticsExtractor.Apply(text, LinePage.From(text), explain: false).Articles[0].Statistics;

        Assert.Equal([40m, 15m], statistics.Select(s => s.Value));
        Assert.All(statistics, s => Assert.Equal("%", s.Unit));
    }
}
