using System.Text;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class ArbitraryTextTests
{
    // Every numeral character, qualifier, unit and punctuation mark the grammar looks at, and some it does not.
    private const string Alphabet =
        "零〇一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟几数负点分之成半余多来约近超过逾不到足以上下左右" +
        "0123456789０１２３４５６７８９.．,，:：%％‰~～至到第届次年月日号周岁级楼层对人次个场家位户元项期条所批" +
        "“”《》「」、。！？；…\n 的和是大中全会规定街道社区路石与及被入选当选获评abcG-";

    [Fact]
    public void NeverThrowsAndAlwaysQuotesThePageOnArbitraryText()
    {
        var random = new Random(20240601);
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var text = RandomText(random, random.Next(1, 60));

            var page = StatisticsExtractor.Apply(text, LinePage.From(text), explain: true);

            Assert.All(page.Mentions!, mention => Assert.Equal(mention.Text, text[mention.Start..mention.End]));
            Assert.All(page.Articles.SelectMany(a => a.Statistics), s => Assert.Equal(s.Text, text[s.Start..s.End]));
        }
    }

    [Theory]
    [InlineData("九亿亿亿亿亿亿亿亿亿亿人")]
    [InlineData("99999999999999999999999999999999万亿")]
    [InlineData("0.0000000001分之99999999999999999999999999")]
    [InlineData("1至99999999999999999999999亿亿亿亿")]
    public void ReadsNumbersTooLargeForADecimalWithoutThrowing(string text)
    {
        var page = StatisticsExtractor.Apply(text, LinePage.From(text), explain: true);

        Assert.NotNull(page.Mentions);
    }

    [Fact]
    public void ReadsAQuarterMegabyteParagraphOfFiguresWithoutPunctuation()
    {
        // Quadratic work here would be some 10^10 steps and would stall the suite; speed itself is the benchmark's to measure.
        var text = string.Concat(Enumerable.Repeat("志愿者3人", 50_000));

        var statistics = StatisticsExtractor.Apply(text, LinePage.From(text), explain: false).Articles[0].Statistics;

        Assert.Equal(50_000, statistics.Count);
    }

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }
}
