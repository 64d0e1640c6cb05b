using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>The sample page of samples/, parsed and extracted end to end, against its hand annotation.</summary>
public sealed class SamplePageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_a5e3d1870f42e52b.txt"));

    [Fact]
    public void FindsEveryAnnotatedFigureWithItsUnitAndQualifier()
    {
        var statistics = Extract(explain: false).Articles.SelectMany(article => article.Statistics).ToList();

        var figures = statistics.Where(s => s.Unit != "对").Select(s => $"{s.Text} {s.Value} {s.Unit} {s.Qualifier}");
        Assert.Equal(
        [
            "955支 955 支 exact", "94220人 94220 人 exact", "20% 20 % over", "5400余场 5400 场 over", "13万余人次 130000 人次 over",
            "3200余个 3200 个 over", "2670余个 2670 个 over", "2120余个 2120 个 over", "1650余场 1650 场 over", "40余家 40 家 over",
            "20余位 20 位 over", "100% 100 % exact", "13位 13 位 exact", "3个 3 个 exact", "205户 205 户 exact", "324人 324 人 exact",
            "126人 126 人 exact", "11人 11 人 exact", "1人 1 人 exact", "2人 2 人 exact", "1人 1 人 exact", "292场 292 场 exact",
        ], figures);
    }

    [Fact]
    public void ReportsNoOrdinalDateNameOrQuotedSloganAsAStatistic()
    {
        var statistics = Extract(explain: false).Articles.SelectMany(article => article.Statistics).ToList();

        Assert.DoesNotContain(statistics, s => s.Unit is "届" or "年" or "月" or "日" or "楼" or "级" or "分钟" || s.Sentence.Contains("十四五"));
        Assert.DoesNotContain(statistics, s => s.Text.StartsWith('一') || s.Text.Contains("十项") || s.Text.Contains("八项"));
    }

    [Fact]
    public void ExplainsEveryNumberWithASpanThatQuotesThePage()
    {
        var page = Extract(explain: true);

        Assert.NotNull(page.Mentions);
        Assert.All(page.Mentions!, mention => Assert.Equal(mention.Text, Page[mention.Start..mention.End]));
        Assert.All(page.Articles.SelectMany(a => a.Statistics), s => Assert.Equal(s.Text, Page[s.Start..s.End]));
        Assert.Contains(page.Mentions!, mention => mention is { Text: "7:00", Decision: NumberDecision.Time });
        Assert.Contains(page.Mentions!, mention => mention is { Text: "75", Decision: NumberDecision.Date });
    }

    private static Text.Parsing.ParsedPage Extract(bool explain) => PageExtractor.Extract(Page, explain);
}
