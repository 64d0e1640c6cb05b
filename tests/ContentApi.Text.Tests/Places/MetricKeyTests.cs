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
}
