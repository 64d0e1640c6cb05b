using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Periods;

public sealed class HonourListYearTests
{
    private static readonly DateOnly Published = new(2023, 8, 15);

    private const string Lead = "市文明办日前公布2022年度全市最美志愿者推选名单。\n本次推选历时两个月，经过层层推荐和集中展示，评选工作圆满结束。";

    [Theory]
    // A list named with its year of account in the lead dates the honorees the article counts later with no time word.
    [InlineData(Lead, "我县有3名志愿者入选。", "3名", 2022)]
    [InlineData(Lead, "县里推荐的优秀志愿者6人全部入选。", "6人", 2022)]
    // A time word of the figure's own sentence dates it; a tally of honours over the years, in its sentence or in the
    // one before, is of many years; a figure of another category is no entry of the list.
    [InlineData(Lead, "今年，我县又有2名志愿者入选省级名单。", "2名", 2023)]
    [InlineData(Lead, "该县历年累计有15名志愿者获评市级以上荣誉。", "15名", 2023)]
    [InlineData(Lead, "县志愿服务队先后获得多项荣誉。2名队员被评为“市级好人”。", "2名", 2023)]
    [InlineData(Lead, "全县共有志愿服务组织40个。", "40个", 2023)]
    // A year of account that names no honour (a budget, a plan) is no list's.
    [InlineData("县财政局日前公布2022年度财政决算报告。\n报告经过县人大常委会审议，各项数据已向社会公开。", "我县有3名志愿者入选。", "3名", 2023)]
    // A year of account outside the years news reports on is no list's year.
    [InlineData("1000年度优秀志愿者名单公布。\n名单经过公示。", "我县有3名志愿者入选。", "3名", 2023)]
    public void AnHonourListDatedInTheLeadDatesTheHonoureesItCounts(string lead, string body, string figure, int year)
    {
        var text = lead + body + "\n";

        var statistics = PageExtractor.Extract(text, new DocumentFacts(Published)).Articles.SelectMany(a => a.Statistics);

        Assert.Equal(year, statistics.Last(s => s.Text == figure).Period?.Year);
    }

    [Fact]
    public void AListNamedOnlyFarIntoTheArticleDatesNothing()
    {
        var opening = string.Concat(Enumerable.Repeat("县里持续开展志愿服务活动，群众满意度不断提升。", 10));
        var text = opening + "\n市文明办日前公布2022年度全市最美志愿者推选名单。评选工作圆满结束。我县有3名志愿者入选。\n";

        var statistics = PageExtractor.Extract(text, new DocumentFacts(Published)).Articles.SelectMany(a => a.Statistics);

        Assert.Equal(2023, statistics.Single(s => s.Text == "3名").Period?.Year);
    }

    [Fact]
    public void EveryWordOfTheListIsOneChineseWordWithARoleListedOnce()
    {
        var rows = DataTable.Read("honour-list-words.tsv", "word", "role").ToList();

        Assert.All(rows, row => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", row[0]));
        Assert.All(rows, row => Assert.Contains(row[1], new[] { "honour", "tally" }));
        Assert.Equal(rows.Count, rows.Select(row => row[0]).Distinct().Count());
    }
}
