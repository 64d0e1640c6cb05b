using ContentApi.Text.Numbers;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Numbers;

/// <summary>The exclusion classes of the statistics rules still hold for numbers written in the new forms.</summary>
public sealed class NewNumeralFormsExclusionTests
{
    [Theory]
    [InlineData("第貳屆博覽會", "貳", NumberDecision.Ordinal)]
    [InlineData("第十二屆年會", "十二", NumberDecision.Ordinal)]
    [InlineData("二〇二三年成立", "二〇二三", NumberDecision.Date)]
    [InlineData("貳零貳參年", "貳零貳參", NumberDecision.Date)]
    [InlineData("中電二〇一所", "二〇一", NumberDecision.Name)]
    [InlineData("下午三點集合", "三", NumberDecision.Time)]
    [InlineData("十点二十分出发", "十", NumberDecision.Time)]
    [InlineData("造福萬眾", "萬", NumberDecision.Word)]
    [InlineData("一是抓學習，二是抓落實", "二", NumberDecision.Enumeration)]
    [InlineData("拨打13912345678咨询", "13912345678", NumberDecision.Other)]
    [InlineData("感染COVID-19的人", "19", NumberDecision.Name)]
    [InlineData("落實“兩個確立”", "兩", NumberDecision.Name)]
    public void NumbersInTraditionalAndNewFormsKeepTheirExclusion(string sentence, string number, string expected)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(expected, decision);
    }

    [Theory]
    [InlineData("日期2023-11-28")]
    [InlineData("电话022-26271234")]
    [InlineData("编号12-30-5号")]
    public void ADashInsideADatePhoneOrCodeIsNoMinusSign(string sentence)
    {
        var negatives = QuantityFinder.Find(sentence).Where(found => found.Value < 0);

        Assert.Empty(negatives);
    }

    // A minus sign after a word is one; a dash after a number's measure word joins a range.
    [Theory]
    [InlineData("全区居民收入名义增长-2.4%", -2.4)]
    [InlineData("增速由3月份的-1.6%回升", -1.6)]
    [InlineData("两市分别为-0.8%和1.2%", -0.8)]
    public void AMinusSignAfterAWordIsRead(string sentence, double value) =>
        Assert.Contains(QuantityFinder.Find(sentence), found => found.Value == (decimal)value && found.IsStatistic);

    [Theory]
    [InlineData("亩产4000斤-5000斤")]
    [InlineData("月薪3万元-4万元")]
    [InlineData("厂房面积1万平方米-2万平方米")]
    public void ADashAfterAMeasureWordJoinsARange(string sentence)
    {
        var found = QuantityFinder.Find(sentence);

        Assert.DoesNotContain(found, number => number.Value < 0);
        Assert.Contains(found, number => number.IsStatistic && number.Numeral.ValueMax is not null);
    }

    [Theory]
    [InlineData("2023/8/19发布")]
    [InlineData("8/19/2023发布")]
    public void ASlashDateIsNoFraction(string sentence)
    {
        var fractions = QuantityFinder.Find(sentence).Where(found => found.Numeral.Has(NumeralShape.Fraction));

        Assert.Empty(fractions);
    }

    [Theory]
    [InlineData("3 5", 1)]
    [InlineData("三百 五百", 2)]
    [InlineData("2019 100", 4)]
    [InlineData("一打开门", 1)]
    [InlineData("5兆瓦", 1)]
    [InlineData("40km", 2)]
    [InlineData("1.2eV", 3)]
    public void SpacesLettersAndWordsAfterANumberDoNotJoinIt(string written, int end)
    {
        NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.Equal(end, numeral.End);
    }

    private static string Decide(string sentence, string number) =>
        QuantityFinder.Find(sentence).First(found => sentence[found.Numeral.Start..found.Numeral.End].StartsWith(number, StringComparison.Ordinal)).Verdict.Decision;
}
