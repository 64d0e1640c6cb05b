using ContentApi.Text.Numbers;

namespace ContentApi.Text.Tests.Numbers;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("三百零七", 307)]
    [InlineData("七千二", 7200)]
    [InlineData("八万六", 86000)]
    [InlineData("六亿零五十万", 600500000)]
    [InlineData("12万3456", 123456)]
    [InlineData("2.35万", 23500)]
    [InlineData("伍仟零捌", 5008)]
    [InlineData("廿五", 25)]
    [InlineData("三点一四", 3.14)]
    [InlineData("负十二", -12)]
    public void ReadsSectionsPlacesAndColloquialTrailingDigits(string numeral, double expected)
    {
        var value = ChineseNumeral.Value(numeral);

        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void MultipliesDecimalsExactlyWithoutFloatingPointError()
    {
        var value = ChineseNumeral.Value("0.07亿");

        Assert.Equal(7_000_000m, value);
    }

    [Theory]
    [InlineData("一九四九")]
    [InlineData("三〇五")]
    [InlineData("百千")]
    public void RefusesDigitsReadOneByOneAndMisplacedUnits(string numeral)
    {
        var value = ChineseNumeral.Value(numeral);

        Assert.Null(value);
    }
}
