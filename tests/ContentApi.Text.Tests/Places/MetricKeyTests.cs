using ContentApi.Text.MetricKeys;

namespace ContentApi.Text.Tests.Places;

public sealed class MetricKeyTests
{
    [Theory]
    [InlineData("红桥区注册志愿者人数")]
    [InlineData("注册志愿者")]
    [InlineData("全区注册志愿者")]
    [InlineData("2023年注册志愿者数量")]
    [InlineData("天津市累计注册志愿者")]
    public void TheSameQuantityHasOneKeyAcrossPages(string metric)
    {
        Assert.Equal("注册志愿者", MetricKey.Of(metric));
    }

    [Fact]
    public void AMetricOfNothingButRemovableWordsKeepsItself()
    {
        Assert.Equal("人数", MetricKey.Of("人数"));
    }

    [Fact]
    public void ACountysShortNameThatIsAlsoAWordStays()
    {
        Assert.Equal("新建道路", MetricKey.Of("新建道路"));
    }

    [Theory]
    [InlineData("参与人数")]
    [InlineData("全区参与人数")]
    [InlineData("2023年参与人数")]
    public void AKeyKeepsItsHeadWhenTheRestIsOnlyAVerb(string metric)
    {
        Assert.Equal("参与人数", MetricKey.Of(metric));
    }

    [Theory]
    [InlineData("固定资产投资比上年同期", "固定资产投资")]
    [InlineData("增速较1-6月加快", "增速加快")]
    [InlineData("社会消费品零售总额比上年同期", "社会消费品零售总额")]
    public void AComparisonGoesWithTheTimeItComparesWith(string metric, string key)
    {
        Assert.Equal(key, MetricKey.Of(metric));
    }

    [Theory]
    [InlineData("地区生产总值（同比增长）", "地区生产总值（同比增长）")]
    [InlineData("上半年全省地区生产总值（同比增长）", "地区生产总值（同比增长）")]
    public void ANoteInBracketsStaysWhole(string metric, string key)
    {
        Assert.Equal(key, MetricKey.Of(metric));
    }

    [Theory]
    [InlineData("2022年全年和2023年一季度")]
    [InlineData("共计（累计）")]
    [InlineData("较1-6月加快")]
    public void AMetricThatLeavesNoNounKeepsItself(string metric)
    {
        Assert.Equal(metric, MetricKey.Of(metric));
    }
}
