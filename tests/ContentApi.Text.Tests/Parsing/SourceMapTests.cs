using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class SourceMapTests
{
    // Every paragraph character must come from the page character its map names, in the same canonical form.
    private static void AssertMapIsExact(string original, ParsedPage page)
    {
        foreach (var paragraph in page.Paragraphs())
        {
            for (var i = 0; i < paragraph.Text.Length; i++)
            {
                var source = paragraph.Map.ToSource(i);
                Assert.Equal(TextNormalizer.Canonical(paragraph.Text[i]), TextNormalizer.Canonical(original[source]));
            }

            Assert.Equal(paragraph.Start, paragraph.Map.ToSource(0));
            Assert.Equal(paragraph.End, paragraph.Map.ToSourceEnd(paragraph.Text.Length));
        }
    }

    [Fact]
    public void MapsEveryCharacterOfAPlainParagraphToItsSource()
    {
        var original = Pages.Of("春风吹过田野", "■ 记者 王小明", "今年春天，村里种下了三百棵树。");

        var page = PageParser.Parse(original);

        AssertMapIsExact(original, page);
        Assert.Equal("今年春天，村里种下了三百棵树。", original[page.Paragraphs().Single().Start..page.Paragraphs().Single().End]);
    }

    [Fact]
    public void StaysExactAcrossCrLfZeroWidthAndFullWidthSpaces()
    {
        var original = "\uFEFF春风吹过田野\r\n\r\n\u3000\u3000今年春天,村里\u200B种下了\u00A0\u00A0三百棵树。\r\n\r\n老人们说,这是好事。\r\n";

        var page = PageParser.Parse(original);

        AssertMapIsExact(original, page);
        Assert.Equal(["今年春天，村里种下了 三百棵树。", "老人们说，这是好事。"], page.Texts());
    }

    [Fact]
    public void StaysExactAcrossAJoin()
    {
        var original = Pages.Of("春风吹过田野", "■ 记者 王小明", "今年春天，村里在河边种下了", "三百棵柳树。");

        var page = PageParser.Parse(original);

        AssertMapIsExact(original, page);
        var paragraph = page.Paragraphs().Single();
        Assert.Equal(original.IndexOf("三百", StringComparison.Ordinal), paragraph.Map.ToSource(paragraph.Text.IndexOf("三百", StringComparison.Ordinal)));
    }

    [Fact]
    public void StaysExactAcrossAJoinThatDropsARepeatedOverlap()
    {
        var original = Pages.Of("春风吹过田野", "■ 记者 王小明", "今年春天，村里在河边种下了三百", "种下了三百棵柳树。");

        var page = PageParser.Parse(original);

        AssertMapIsExact(original, page);
        var paragraph = page.Paragraphs().Single();
        Assert.Equal("今年春天，村里在河边种下了三百棵柳树。", paragraph.Text);
        Assert.Equal(original.IndexOf("棵", StringComparison.Ordinal), paragraph.Map.ToSource(paragraph.Text.IndexOf('棵')));
    }

    [Fact]
    public void StaysExactWhenALoneCarriageReturnEndsLines()
    {
        var original = "春风吹过田野\r\r■ 记者 王小明\r\r今年春天，村里在河边种下了\r三百棵柳树。";

        var page = PageParser.Parse(original);

        AssertMapIsExact(original, page);
        Assert.Equal("今年春天，村里在河边种下了三百棵柳树。", page.Paragraphs().Single().Text);
    }

    [Fact]
    public void StaysExactOnRandomPagesMadeOfAwkwardPieces()
    {
        string[] pieces =
        [
            "春天", "来了", "文明", "社会主义思想", "。", "，", ",", ":", "7:00", "94,220", "(", ")", "！", "…", "“", "”",
            " ", "\u3000", "\u00A0", "\u200B", "\uFEFF", "\0", "\t", "\n", "\n\n", "\r\n", "\r", "——", "■ ", "记者 ",
            "通讯员 李明", "本报讯（记者 王五）", "第3版", "一、", "全民齐参与 共育文明新风", "and", "GDP", "（完）",
        ];
        var random = new Random(20260101);

        for (var run = 0; run < 300; run++)
        {
            var original = string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => pieces[random.Next(pieces.Length)]));

            var page = PageParser.Parse(original);

            AssertMapIsExact(original, page);
            Assert.All(page.Report, r => Assert.InRange(r.Start, 0, r.End));
            Assert.All(page.Report, r => Assert.InRange(r.End, r.Start, original.Length));
            Assert.All(page.Articles, a => Assert.InRange(a.End, a.Start, original.Length));
            Assert.All(page.Paragraphs(), p => Assert.DoesNotContain(p.Text, TextNormalizer.IsInvisible));
        }
    }
}
