using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class UnwrittenUnitsTests
{
    // A count in 万 or 亿 after a verb whose object is a sum (斥资, 骗取), after 价值, or after a noun of money and a
    // modal verb of reaching (可以达到, 差不多有), is in 元 though the writer left the 元 out.
    [Theory]
    [InlineData("企业斥资3.5亿新建厂房", "3.5亿")]
    [InlineData("嫌疑人先后骗取12.6万", "12.6万")]
    [InlineData("捐出价值200余万的防汛物资", "200余万")]
    [InlineData("合作社的销售额可以达到800万左右", "800万")]
    [InlineData("全家一年的收入差不多有15万", "15万")]
    public void ASumAfterAVerbOfPayingOrAModalOfReachingIsInYuan(string sentence, string number)
    {
        var found = QuantityFinder.Find(sentence).First(f => sentence[f.Numeral.Start..f.Numeral.End].StartsWith(number, StringComparison.Ordinal));

        Assert.Equal((true, "元"), (found.IsStatistic, found.Unit));
    }

    [Fact]
    public void ACountAfterAFlowerIsNoSum()
    {
        var found = Assert.Single(QuantityFinder.Find("花卉基地种下8万"));

        Assert.False(found.IsStatistic);
    }
}
