using ContentApi.Text.Numbers;

namespace ContentApi.Text.Tests.Numbers;

public sealed class NumeralScannerTests
{
    [Theory]
    [InlineData("百分之六十五", 65, false)]
    [InlineData("45.5%", 45.5, false)]
    [InlineData("七成", 70, false)]
    [InlineData("八成半", 85, false)]
    [InlineData("千分之五", 5, true)]
    [InlineData("3‰", 3, true)]
    [InlineData("千分之零点五", 0.5, true)]
    public void ReadsPercentagesAndPerMilleInEveryWrittenForm(string written, double expected, bool perMille)
    {
        var read = NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.True(read);
        Assert.True(numeral.Has(NumeralShape.Percent));
        Assert.Equal(perMille, numeral.Has(NumeralShape.PerMille));
        Assert.Equal((decimal)expected, numeral.Value);
        Assert.Equal(written.Length, numeral.End);
    }

    [Theory]
    // 千 after Arabic digits or 万/亿 is the prefix kilo of the unit after it; after Chinese digits it is a place.
    [InlineData("96千瓦", 96, 2)]
    [InlineData("1200万千瓦", 12000000, 5)]
    [InlineData("3.5万千克", 35000, 4)]
    [InlineData("2亿千瓦时", 200000000, 2)]
    [InlineData("三千米", 3000, 2)]
    [InlineData("2千人", 2000, 2)]
    public void Reads千BeforeAnSiUnitAfterDigitsAsThePrefixOfTheUnit(string written, double expected, int end)
    {
        NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.Equal(((decimal)expected, end), (numeral.Value, numeral.End));
    }

    [Theory]
    // Speech counts hundreds of millions with 个 (四个亿 = 4亿), 多 between is over; 个 before 万 counts a thing (5个万亩片).
    [InlineData("3.5个亿", 350000000, 5, false)]
    [InlineData("两个多亿", 200000000, 4, true)]
    [InlineData("5个万亩片", 5, 1, false)]
    public void Reads个亿AsHundredsOfMillions(string written, double expected, int end, bool over)
    {
        NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.Equal(((decimal)expected, end, over), (numeral.Value, numeral.End, numeral.Has(NumeralShape.Over)));
    }

    [Fact]
    public void NeighbouringNumeralsBefore个亿ScaleAtBothEnds()
    {
        NumeralScanner.TryRead("三四个亿", 0, out var numeral);

        Assert.Equal((300_000_000m, 400_000_000m, 4), (numeral.Value, numeral.ValueMax, numeral.End));
    }

    [Theory]
    [InlineData("四分之三", 0.75)]
    [InlineData("六分之一", 0.1667)]
    public void ReadsFractionsDenominatorFirstToFourPlaces(string written, double expected)
    {
        NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.True(numeral.Has(NumeralShape.Fraction));
        Assert.Equal((decimal)expected, numeral.Value);
    }

    [Theory]
    [InlineData("五到八千", 5000, 8000)]
    [InlineData("20至30", 20, 30)]
    [InlineData("六七十", 60, 70)]
    [InlineData("几百", 100, 900)]
    [InlineData("二十几", 20, 29)]
    [InlineData("十几", 10, 19)]
    [InlineData("二十几万", 200000, 290000)]
    [InlineData("一百零几万", 1000000, 1090000)]
    [InlineData("三千几百", 3100, 3900)]
    [InlineData("二十幾萬", 200000, 290000)]
    public void ReadsRangesAndVagueCountsAsLowAndHighEnds(string written, double low, double high)
    {
        NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.Equal((decimal)low, numeral.Value);
        Assert.Equal((decimal)high, numeral.ValueMax);
    }

    [Fact]
    public void ReadsDigitsAroundAColonAsAClockTime()
    {
        NumeralScanner.TryRead("19：30出发", 0, out var numeral);

        Assert.True(numeral.Has(NumeralShape.ClockTime));
        Assert.Equal(5, numeral.End);
    }

    [Theory]
    [InlineData("12,500人", 12500)]
    [InlineData("12，500人", 12500)]
    [InlineData("１２３人", 123)]
    public void DropsThousandsGroupingAndReadsFullWidthDigits(string written, double expected)
    {
        NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.Equal((decimal)expected, numeral.Value);
    }

    [Theory]
    [InlineData("陆地")]
    [InlineData("队伍")]
    [InlineData("伍90余支")]
    [InlineData("数字")]
    public void DoesNotStartANumeralAtALoneFinancialDigitOrAVagueWordWithoutAUnit(string written)
    {
        var read = NumeralScanner.TryRead(written, 0, out _);

        Assert.False(read);
    }

    [Fact]
    public void ReadsTheDigitsAfterAWordEndingInAFinancialFormAsANumberOfTheirOwn()
    {
        var statistic = Assert.Single(ContentApi.Text.Statistics.StatisticsExtractor.Apply(
            "组建专业志愿服务队伍90余支。", Statistics.LinePage.From("组建专业志愿服务队伍90余支。"), explain: false).Articles[0].Statistics);

        Assert.Equal(90m, statistic.Value);
        Assert.Equal("专业志愿服务队伍", statistic.Metric);
    }

    // A dash between two short numbers is a range; so are two percentages joined by a dash, a tilde or 至, where the
    // dash is no minus sign of the second.
    [Theory]
    [InlineData("每班2-3人", 2, 2, 3)]
    [InlineData("每批10—15个", 2, 10, 15)]
    [InlineData("收益提高了30%-60%不等", 5, 30, 60)]
    [InlineData("涨幅在2.5%—7.5%之间", 3, 2.5, 7.5)]
    [InlineData("降低40%至70%", 2, 40, 70)]
    [InlineData("增幅3%~6%", 2, 3, 6)]
    // Ends with the same scale after their digits, and a high end with a decimal part.
    [InlineData("年收入20万-30万元", 3, 200000, 300000)]
    [InlineData("投资1.5亿—2亿元", 2, 150000000, 200000000)]
    [InlineData("每天喂食1-1.5公斤", 4, 1, 1.5)]
    [InlineData("月薪6000-1.5万元", 2, 6000, 15000)]
    public void ReadsTwoNumbersJoinedAsARange(string written, int start, double low, double high)
    {
        NumeralScanner.TryRead(written, start, out var numeral);

        Assert.Equal((decimal)low, numeral.Value);
        Assert.Equal((decimal)high, numeral.ValueMax);
    }

    [Theory]
    [InlineData("电话022-26271234", 2)]
    [InlineData("日期2023-11-28", 2)]
    [InlineData("编号12-30-5号", 2)]
    [InlineData("型号A3-5", 3)]
    [InlineData("条款3-2.1.4", 2)]
    [InlineData("收入20万-300元", 2)]
    public void ADashInAPhoneNumberDateOrCodeIsNoRange(string written, int start)
    {
        NumeralScanner.TryRead(written, start, out var numeral);

        Assert.Null(numeral.ValueMax);
    }

    // 七成为女性: 70% "are" women; only 一成为 is the verb 成为 after a word ending in 一.
    [Fact]
    public void ReadsTenthsBeforeWei()
    {
        NumeralScanner.TryRead("七成为女性", 0, out var numeral);

        Assert.Equal((70m, 2), (numeral.Value ?? 0, numeral.End));
    }

    [Theory]
    [InlineData("三成员")]
    // 成为, "become", after a word ending in a numeral's character (合一成为).
    [InlineData("一成为")]
    [InlineData("一折通")]
    [InlineData("十折")]
    public void KeepsTenthsOnlyWhenChengOrZheEndsTheWord(string written)
    {
        NumeralScanner.TryRead(written, 0, out var numeral);

        Assert.False(numeral.Has(NumeralShape.Percent));
    }
}
