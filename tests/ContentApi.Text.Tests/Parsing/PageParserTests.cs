using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class PageParserTests
{
    private static readonly string TwoArticles = Pages.Of(
        "山村小学来了新老师",
        "——一群年轻人的支教故事",
        "■ 本报记者 李明 通讯员 赵刚",
        "九月一日，青山村小学迎来了新学期。",
        "书声满校园 笑语传山村",
        "教学条件有改善。学校在操场边修建了新的图",
        "书阅览室。",
        "师资力量有加强。三位年轻老师来到这里。",
        "老街换新颜",
        "■ 记者 陈红",
        "老街改造工程近日完工。",
        "获取更多本地新闻，请关注“城市晚报”微信公众号");

    [Fact]
    public void SplitsAPageIntoItsArticles()
    {
        var page = PageParser.Parse(TwoArticles);

        Assert.Equal(["山村小学来了新老师", "老街换新颜"], page.Articles.Select(a => a.Title));
    }

    [Fact]
    public void ReadsTheSubtitleWithoutItsDash()
    {
        var page = PageParser.Parse(TwoArticles);

        Assert.Equal("一群年轻人的支教故事", page.Articles[0].Subtitle);
        Assert.Null(page.Articles[1].Subtitle);
    }

    [Fact]
    public void ReadsTheAuthorsFromTheByline()
    {
        var page = PageParser.Parse(TwoArticles);

        Assert.Equal([new Author("李明", "本报记者"), new Author("赵刚", "通讯员")], page.Articles[0].Authors);
        Assert.Equal([new Author("陈红", "记者")], page.Articles[1].Authors);
    }

    [Fact]
    public void OpensASectionAtEachSubheading()
    {
        var page = PageParser.Parse(TwoArticles);

        var sections = page.Articles[0].Sections;
        Assert.Equal([null, "书声满校园 笑语传山村"], sections.Select(s => s.Heading));
        Assert.Equal([1, 2], sections.Select(s => s.Paragraphs.Count));
    }

    [Fact]
    public void ExposesRunInHeadsAsLeadsInsideTheirParagraphs()
    {
        var page = PageParser.Parse(TwoArticles);

        var paragraphs = page.Articles[0].Sections[1].Paragraphs;
        Assert.Equal(["教学条件有改善", "师资力量有加强"], paragraphs.Select(p => p.Lead));
        Assert.StartsWith("教学条件有改善。", paragraphs[0].Text);
    }

    [Fact]
    public void JoinsAParagraphCutByAColumnBreakAndReportsIt()
    {
        var page = PageParser.Parse(TwoArticles);

        Assert.Contains("教学条件有改善。学校在操场边修建了新的图书阅览室。", page.Texts());
        var join = Assert.Single(page.Report, r => r.Kind == "join");
        Assert.Equal("学校在操场边修建了新的图⏎书阅览室。", join.Before);
        Assert.Equal("学校在操场边修建了新的图书阅览室。", join.After);
        Assert.Equal(TwoArticles.IndexOf("学校在操场边", StringComparison.Ordinal), join.Start);
        Assert.Equal(TwoArticles.IndexOf("书阅览室。", StringComparison.Ordinal) + 5, join.End);
    }

    [Fact]
    public void KeepsTheFollowUsLineAsFurniture()
    {
        var page = PageParser.Parse(TwoArticles);

        var furniture = Assert.Single(page.Furniture);
        Assert.Equal("follow-us", furniture.Kind);
        Assert.DoesNotContain(page.Texts(), t => t.Contains("关注", StringComparison.Ordinal));
    }

    [Fact]
    public void DelimitsArticlesAndParagraphsInTheOriginalText()
    {
        var page = PageParser.Parse(TwoArticles);

        var second = page.Articles[1];
        Assert.Equal("老街换新颜\n\n■ 记者 陈红\n\n老街改造工程近日完工。", TwoArticles[second.Start..second.End]);
        var paragraph = second.Sections[0].Paragraphs[0];
        Assert.Equal("老街改造工程近日完工。", TwoArticles[paragraph.Start..paragraph.End]);
    }

    [Fact]
    public void DoesNotJoinAHeadingToTheBodyOrTwoCompleteParagraphs()
    {
        var page = PageParser.Parse(TwoArticles);

        Assert.Contains("九月一日，青山村小学迎来了新学期。", page.Texts());
        Assert.Contains("师资力量有加强。三位年轻老师来到这里。", page.Texts());
        Assert.DoesNotContain(page.Texts(), t => t.Contains("笑语传山村", StringComparison.Ordinal));
    }

    [Fact]
    public void DoesNotJoinATitleOrBylineToAnUnfinishedParagraphBeforeIt()
    {
        var text = Pages.Of("山村小学来了新老师", "■ 记者 李明", "学校修建了新的", "老街换新颜", "■ 记者 陈红", "老街改造工程近日完工。");

        var page = PageParser.Parse(text);

        Assert.Equal(["学校修建了新的", "老街改造工程近日完工。"], page.Texts());
        Assert.Equal(2, page.Articles.Count);
    }

    [Fact]
    public void ReadsAKickerAboveTheTitle()
    {
        var text = Pages.Of("老街改造工程近日完工。", "——记一位乡村教师", "山村小学来了新老师", "■ 记者 李明", "她在这里工作了二十年。");

        var page = PageParser.Parse(text);

        var article = page.Articles[^1];
        Assert.Equal("山村小学来了新老师", article.Title);
        Assert.Equal("记一位乡村教师", article.Subtitle);
        Assert.Equal(text.IndexOf("——", StringComparison.Ordinal), article.Start);
    }

    [Fact]
    public void ReadsALineSetSolidAboveTheFirstTitleAsItsKicker()
    {
        // The headline block is set without blank lines; the byline and the body stand apart from it.
        var text = "深化文明城区创建 提升群众幸福指数\n我区召开文明城区创建推进会\n——全年新增文明实践点位60个\n\n本报记者 赵敏\n\n会议指出，全区已建成实践站点218个。";

        var page = PageParser.Parse(text);

        var article = Assert.Single(page.Articles);
        Assert.Equal("我区召开文明城区创建推进会", article.Title);
        Assert.StartsWith("深化文明城区创建 提升群众幸福指数", article.Subtitle);
        Assert.Equal(0, article.Start);
        Assert.Empty(page.Furniture);
    }

    [Fact]
    public void ANumberedLineUnderTheTitleIsTheFirstHeadingNotADeck()
    {
        var text = Pages.Of("小巷管家守护社区平安", "01 队伍壮大", "街道招募小巷管家百余名。", "02 服务升级", "志愿者为居民提供义诊服务。");

        var page = PageParser.Parse(text);

        var article = Assert.Single(page.Articles);
        Assert.Null(article.Subtitle);
        Assert.Equal(["01 队伍壮大", "02 服务升级"], article.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void ReportsALatinWordInChineseText()
    {
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", "老街的房屋 and 道路都翻新了，GDP也增长了。");

        var page = PageParser.Parse(text);

        var warning = Assert.Single(page.Report, r => r.Kind == "foreign-word");
        Assert.Equal("and", text[warning.Start..warning.End]);
    }

    [Fact]
    public void ReportsAnArticleWithNoBody()
    {
        var text = Pages.Of("山村小学来了新老师", "■ 记者 李明", "老街换新颜", "■ 记者 陈红", "老街改造工程近日完工。");

        var page = PageParser.Parse(text);

        Assert.Empty(page.Articles[0].Sections);
        Assert.Single(page.Report, r => r.Kind == "empty-article");
    }

    [Fact]
    public void KeepsTextWithNoTitleInAnUntitledArticleAndReportsIt()
    {
        var text = Pages.Of("老街改造工程近日完工。", "居民们纷纷点赞。");

        var page = PageParser.Parse(text);

        var article = Assert.Single(page.Articles);
        Assert.Equal("", article.Title);
        Assert.Equal(2, article.Sections[0].Paragraphs.Count);
        Assert.Single(page.Report, r => r.Kind == "missing-title");
    }

    [Fact]
    public void TakesTheAuthorsFromAnInlineCreditWhenThereIsNoByline()
    {
        var text = Pages.Of("老街换新颜", "本报讯（记者 陈红）老街改造工程近日完工。");

        var page = PageParser.Parse(text);

        Assert.Equal([new Author("陈红", "记者")], page.Articles[0].Authors);
    }

    [Fact]
    public void JoinsLinesWrappedWithoutBlankLines()
    {
        var text = "老街换新颜\n■ 记者 陈红\n老街改造工程近日\n完工，居民们纷纷\n点赞。\n新开的店铺也多了。";

        var page = PageParser.Parse(text);

        Assert.Equal(["老街改造工程近日完工，居民们纷纷点赞。", "新开的店铺也多了。"], page.Texts());
    }

    [Fact]
    public void StartsTheNextArticleAfterABylineThatClosesOne()
    {
        var text = Pages.Of("山村小学来了新老师", "九月一日，孩子们迎来了新学期。", "（记者 李明）", "老街换新颜", "老街改造工程近日完工。");

        var page = PageParser.Parse(text);

        Assert.Equal(["山村小学来了新老师", "老街换新颜"], page.Articles.Select(a => a.Title));
        Assert.Equal([new Author("李明", "记者")], page.Articles[0].Authors);
    }

    [Fact]
    public void DropsTheBulletBeforeASubheading()
    {
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", "老街改造工程近日完工。", "■ 店铺多了", "新开的店铺也多了。");

        var page = PageParser.Parse(text);

        Assert.Equal([null, "店铺多了"], page.Articles[0].Sections.Select(s => s.Heading));
    }

    [Fact]
    public void ReportsAParagraphLeftUnfinished()
    {
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", "老街改造工程近日", "店铺多了 人气旺了", "新开的店铺也多了。");

        var page = PageParser.Parse(text);

        var entry = Assert.Single(page.Report, r => r.Kind == "unfinished-paragraph");
        Assert.Equal("老街改造工程近日", text[entry.Start..entry.End]);
    }

    [Theory]
    [InlineData("改造工程近日完工，居民纷纷点赞。（完）")]
    [InlineData("改造工程近日完工，居民纷纷点赞。（全文完）")]
    [InlineData("改造工程近日完工，居民纷纷点赞。（记者 李明）")]
    [InlineData("改造工程近日完工，居民纷纷点赞。（编辑：王芳）")]
    [InlineData("改造工程近日完工，居民纷纷点赞。（责任编辑 王芳）")]
    [InlineData("改造工程近日完工，居民纷纷点赞。(来源：城市晚报)")]
    public void AParagraphEndingOnAnEndMarkOrACreditClosesItsStory(string closing)
    {
        // The second headline has no byline, deck or dateline: only the close of the story before shows it is one.
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", closing, "新区学校开学", "新学期，新区三所学校同时开学。");

        var page = PageParser.Parse(text);

        Assert.Equal(["老街换新颜", "新区学校开学"], page.Articles.Select(a => a.Title));
        Assert.Single(Assert.Single(page.Articles[0].Sections).Paragraphs);
    }

    [Theory]
    [InlineData("志愿者为老人义诊。（记者 李明 摄）")]
    [InlineData("志愿者为老人义诊。（图/李明）")]
    [InlineData("社区新修了健身步道，方便居民锻炼（详见下图）")]
    public void APhotoCreditOrAnAsideDoesNotCloseTheStory(string line)
    {
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", "老街改造工程近日完工。", line, "店铺多了", "新开的店铺也多了。");

        var page = PageParser.Parse(text);

        var article = Assert.Single(page.Articles);
        Assert.Equal([null, "店铺多了"], article.Sections.Select(s => s.Heading));
    }

    [Theory]
    [InlineData("中新网上海3月5日电 今年以来，全市新增志愿者两万人。")]
    [InlineData("新华社北京十二月八日电（记者 李四）全市新增志愿者两万人。")]
    [InlineData("央广网讯 近日，全市新增志愿者两万人。")]
    public void AHeadlineOverAWireDatelineOpensAStory(string dateline)
    {
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", "老街改造工程近日完工。", "志愿服务温暖全城", dateline);

        var page = PageParser.Parse(text);

        Assert.Equal(["老街换新颜", "志愿服务温暖全城"], page.Articles.Select(a => a.Title));
    }

    [Theory]
    [InlineData("今年3月5日电网公司完成了线路改造。")]
    [InlineData("通讯员李明介绍，全市新增志愿者两万人。")]
    public void RunningTextThatOnlyLooksLikeADatelineKeepsTheHeading(string paragraph)
    {
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", "老街改造工程近日完工。", "线路改造完成", paragraph);

        var page = PageParser.Parse(text);

        var article = Assert.Single(page.Articles);
        Assert.Equal([null, "线路改造完成"], article.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void TheListOfRelatedHeadlinesAtThePageFootIsFurniture()
    {
        const string text = "河湾镇举办农民丰收节，吸引游客2000余人次。来源：河湾镇融媒体中心猜你喜欢1.城东新建3座口袋公园2.暴雨致2人受伤";

        var page = PageParser.Parse(text);

        var paragraph = Assert.Single(page.Articles.SelectMany(a => a.Sections).SelectMany(s => s.Paragraphs));
        Assert.DoesNotContain("猜你喜欢", paragraph.Text);
        Assert.Contains(page.Furniture, line => line.Kind == "related-reading" && line.Text.StartsWith("猜你喜欢"));
    }

    [Fact]
    public void ALabelsWordsRunningThroughASentenceAtThePageFootAreText()
    {
        const string text = "本届农博会开幕。展会的精彩推荐包括12种新品茶叶。";

        var page = PageParser.Parse(text);

        var paragraph = Assert.Single(page.Articles.SelectMany(a => a.Sections).SelectMany(s => s.Paragraphs));
        Assert.Contains("精彩推荐包括12种新品茶叶", paragraph.Text);
        Assert.DoesNotContain(page.Furniture, line => line.Kind == "related-reading");
    }

    [Fact]
    public void ARecommendationFarFromThePageFootIsText()
    {
        var text = "图书馆向读者推荐阅读书目30种。" + string.Concat(Enumerable.Repeat("馆内新设自习座位，方便市民学习。", 40));

        var page = PageParser.Parse(text);

        Assert.DoesNotContain(page.Furniture, line => line.Kind == "related-reading");
    }
}
