using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class HeadlineStatisticsTests
{
    private const string Page = """

        山西百名西部计划志愿者出征

        ■ 通讯员 张猛

        日前,2023年山西省西部计划志愿者出征仪式在太原市举行,来自二十余所高校的志愿者参加仪式。

        ■ 新增1200个服务岗位

        今年全省共安排志愿者1100名,服务基层一线。

        """;

    [Fact]
    public void FindsTheFiguresOfTitlesAndHeadingsWithTheArticleOrSectionAsProvenance()
    {
        var article = PageExtractor.Extract(Page).Articles.Single();

        var figures = article.Statistics.Select(s => (s.Text, s.Unit, s.Section, s.Paragraph)).ToArray();

        // Reading order: the title (no section, no paragraph), the first section's paragraph, then the heading of the
        // second section (its section, no paragraph) before its paragraph.
        Assert.Equal(
            [("百名", "名", null, null), ("二十余所", "所", 0, 0), ("1200个", "个", 1, null), ("1100名", "名", 1, 0)],
            figures);
        Assert.All(article.Statistics, s => Assert.Equal(s.Text, Page[s.Start..s.End]));
        Assert.Contains("志愿者", article.Statistics[0].Metric);
    }

    [Fact]
    public void ExplainsTheNumbersOfTitlesToo()
    {
        var mentions = PageExtractor.Extract(Page, explain: true).Mentions!;

        Assert.Contains(mentions, m => m.Text == "百名" && m.Decision == NumberDecision.Statistic);
    }
}
