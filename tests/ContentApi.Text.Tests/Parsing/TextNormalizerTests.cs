using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class TextNormalizerTests
{
    private static string Normalize(string line) =>
        new TextNormalizer(new NormalizationTally()).Normalize(line, 0, line.Length)?.Text ?? "";

    [Fact]
    public void MakesHalfWidthPunctuationInChineseTextFullWidth()
    {
        var text = Normalize("今天,我们去公园;天气很好:阳光明媚?是的!(真的)");

        Assert.Equal("今天，我们去公园；天气很好：阳光明媚？是的！（真的）", text);
    }

    [Fact]
    public void KeepsTheSeparatorsInsideNumbers()
    {
        var text = Normalize("全市共有94,220名志愿者,早上7:00集合");

        Assert.Equal("全市共有94,220名志愿者，早上7:00集合", text);
    }

    [Fact]
    public void LeavesLatinTextAsItIs()
    {
        var text = Normalize("Hello, world: (yes)!");

        Assert.Equal("Hello, world: (yes)!", text);
    }

    [Fact]
    public void DropsZeroWidthAndByteOrderMarks()
    {
        var text = Normalize("\uFEFF春\u200B天\u200C来\u200D了\u2060");

        Assert.Equal("春天来了", text);
    }

    [Fact]
    public void CollapsesFullWidthAndNoBreakSpacesAndTrimsTheEnds()
    {
        var text = Normalize("\u3000\u3000春天来了\u00A0\u3000 花开了  ");

        Assert.Equal("春天来了 花开了", text);
    }

    [Fact]
    public void DropsControlCharacters()
    {
        var text = Normalize("春\0天\u0007来了");

        Assert.Equal("春天来了", text);
    }

    [Fact]
    public void GivesNothingForALineOfOnlySpaces()
    {
        var content = new TextNormalizer(new NormalizationTally()).Normalize(" \u3000\t\u200B ", 0, 5);

        Assert.Null(content);
    }

    [Fact]
    public void ReportsEachKindOfNormalisationOnceWithItsCount()
    {
        var page = PageParser.Parse(Pages.Of("春天,来了,花开了。", "\u3000夏天到了。"));

        var punctuation = Assert.Single(page.Report, r => r.Kind == "punctuation");
        Assert.Contains("2", punctuation.Message);
        Assert.Equal(2, punctuation.Start);
        Assert.Single(page.Report, r => r.Kind == "whitespace");
    }
}
