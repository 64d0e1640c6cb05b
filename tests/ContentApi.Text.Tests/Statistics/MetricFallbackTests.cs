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
