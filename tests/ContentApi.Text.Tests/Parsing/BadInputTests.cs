using System.Text;
using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class BadInputTests
{
    [Fact]
    public void GivesAnEmptyPageForEmptyText()
    {
        var page = PageParser.Parse("");

        Assert.Empty(page.Articles);
        Assert.Empty(page.Furniture);
    }

    [Fact]
    public void GivesAnEmptyPageForWhitespaceOnly()
    {
        var page = PageParser.Parse(" \t\r\n\u3000\u00A0\n\n\u200B ");

        Assert.Empty(page.Articles);
    }

    [Fact]
    public void DropsNulAndControlCharactersAndReportsThem()
    {
        var text = "老街换新颜\0\n\n■ 记者 陈红\n\n老街改造\u0001工程近日完工。\u0007";

        var page = PageParser.Parse(text);

        Assert.Equal("老街换新颜", page.Articles.Single().Title);
        Assert.Equal(["老街改造工程近日完工。"], page.Texts());
        Assert.Single(page.Report, r => r.Kind == "invisible-characters");
    }

    [Fact]
    public void KeepsAPageWithNoTitleInOneUntitledArticle()
    {
        var page = PageParser.Parse(Pages.Of("老街改造工程近日完工，居民们纷纷点赞。", "新开的店铺也多了。"));

        Assert.Equal("", page.Articles.Single().Title);
    }

    [Fact]
    public void ParsesAFiveMegabytePage()
    {
        var article = Pages.Of("老街换新颜", "■ 记者 陈红", "老街改造工程近日完工，居民们纷纷点赞。新开的店铺也多了，", "街道两旁种上了树。", "书声满校园 笑语传山村", "教学条件有改善。学校修建了图书室。");
        var text = new StringBuilder();
        var copies = 0;
        while (text.Length < 5_000_000)
        {
            text.Append(article).Append("\n\n");
            copies++;
        }

        var page = PageParser.Parse(text.ToString());

        Assert.Equal(copies, page.Articles.Count);
    }

    [Fact]
    public void ParsesAOneMegabyteLineWithNoPunctuation()
    {
        var text = new string('路', 1_000_000);

        var page = PageParser.Parse(text);

        Assert.Equal(text, page.Texts().Single());
    }

    [Fact]
    public void ParsesAOneMegabyteLineOfRepeatedCharactersAfterAFragment()
    {
        var text = Pages.Of("老街换新颜", "■ 记者 陈红", "街道两旁" + new string('树', 100), new string('树', 1_000_000));

        var page = PageParser.Parse(text);

        Assert.Equal(100 + 4 + 1_000_000 - FragmentJoiner.MaxOverlap, page.Texts().Single().Length);
    }

    [Fact]
    public void ParsesAHundredThousandBlankLines()
    {
        var text = "老街换新颜" + new string('\n', 100_000) + "老街改造工程近日完工。" + string.Concat(Enumerable.Repeat("\r\n", 100_000));

        var page = PageParser.Parse(text);

        Assert.Equal(["老街改造工程近日完工。"], page.Texts());
    }
}
