using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class QuantityFinderTests
{
    [Theory]
    // 一半 after 占, after the whole it is part of, after a verb of falling, or after a qualifier with its noun next, is 50 %.
    [InlineData("沿河乡镇的受灾农户约占全县的一半。", "一半", StatisticQualifier.Exact)]
    [InlineData("网上订单占了近一半，", "近一半", StatisticQualifier.Approx)]
    [InlineData("女性党员占比不低于一半", "不低于一半", StatisticQualifier.Over)]
    [InlineData("参保人数接近总人口的一半", "一半", StatisticQualifier.Exact)]
    [InlineData("改造后每户水费少了近一半。", "近一半", StatisticQualifier.Approx)]
    [InlineData("超过一半的农户加入了合作社", "超过一半", StatisticQualifier.Over)]
    public void HalfSaidAsAShareIsFiftyPercent(string sentence, string quoted, string qualifier)
    {
        var half = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal((quoted, 50m, "%", qualifier), (sentence[half.Start..half.End], half.Value, half.Unit, half.Qualifier));
    }

    [Fact]
    public void AConcentrationPerHundredMillilitresIsOneFigure()
    {
        const string sentence = "经检测其血液酒精含量为96mg/100mL，已达醉驾标准";

        var figure = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal(("96mg/100mL", 96m, "mg/100mL"), (sentence[figure.Start..figure.End], figure.Value, figure.Unit));
    }

    [Theory]
    // Elsewhere 一半 is a word: a spouse, a task half done, a comparison with another place's area, a saying.
    [InlineData("感谢军嫂这位“另一半”的付出")]
    [InlineData("培训课程进行到一半，老师开始提问")]
    [InlineData("被淹农田超过省城面积一半")]
    [InlineData("荣誉里也有她们的一半。")]
    public void HalfAsAWordIsNoFigure(string sentence)
    {
        Assert.DoesNotContain(QuantityFinder.Find(sentence), found => found.IsStatistic);
    }

    [Fact]
    public void EndsThatVaryAreOneRangeEvenAfterFrom()
    {
        // 不等 after the high end says the two ends bound one figure, though 从 before them would open a change.
        const string sentence = "旧家电回收价格从150元至2000元不等";

        var range = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal(("150元至2000元", StatisticQualifier.Range, 150m, (decimal?)2000m),
            (sentence[range.Start..range.End], range.Qualifier, range.Value, range.ValueMax));
    }

    [Fact]
    public void ALevelAChangeStartsFromIsNoRange()
    {
        const string sentence = "全镇旅游收入从500万元到900万元只用了三年";

        var statistics = QuantityFinder.Find(sentence).Where(found => found.IsStatistic).Select(found => sentence[found.Start..found.End]);

        Assert.Equal(["500万元", "900万元"], statistics);
    }

    [Fact]
    public void HundredsOfMillionsSaidWith个AreASumAfterAWordOfMoney()
    {
        const string sentence = "新园区总投资12个亿，";

        var sum = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal(("12个亿", 1_200_000_000m, "元"), (sentence[sum.Start..sum.End], sum.Value, sum.Unit));
    }
}
