using ContentApi.Text.Periods;

namespace ContentApi.Text.Tests.Places;

public sealed class PeriodReaderTests
{
    private static readonly DateOnly Published = new(2023, 8, 15);

    private static Period? Before(string words, DateOnly? published = null) => PeriodReader.Read(words + "100人", words.Length, published ?? Published);

    [Theory]
    [InlineData("今年", 2023, "2023年")]
    [InlineData("去年", 2022, "2022年")]
    [InlineData("上年", 2022, "2022年")]
    [InlineData("2014年末", 2014, "2014年末")]
    [InlineData("2022年度", 2022, "2022年度")]
    [InlineData("上半年，", 2023, "2023年上半年")]
    [InlineData("一季度", 2023, "2023年第1季度")]
    [InlineData("1-5月", 2023, "2023年1-5月")]
    [InlineData("二〇二一年", 2021, "2021年")]
    [InlineData("没有时间词的", 2023, "2023年")]
    public void RelativeAndExplicitPeriodsResolveAgainstThePublicationDate(string words, int year, string label)
    {
        var period = Before(words);

        Assert.Equal(year, period?.Year);
        Assert.Equal(label, period?.Label);
        Assert.False(period?.IsTarget);
    }

    [Fact]
    public void ARunningTotalEndsOnThePublicationDate()
    {
        var soFar = Before("今年以来，");
        var untilNow = Before("截至目前，");

        Assert.Equal((2023, new DateOnly(2023, 1, 1), Published), (soFar!.Year, soFar.From, soFar.To));
        Assert.Equal((2023, Published), (untilNow!.Year, untilNow.To));
    }

    [Fact]
    public void AHalfYearHasItsDays()
    {
        var period = Before("2022年上半年");

        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30)), (period!.From, period.To));
    }

    [Fact]
    public void ATargetHasTheTargetsYearAndSaysSo()
    {
        var period = Before("力争到2025年，");

        Assert.Equal(2025, period?.Year);
        Assert.True(period?.IsTarget);
    }

    [Fact]
    public void AnEarlierPeriodAChangeIsComparedWithDoesNotDateIt()
    {
        Assert.Equal(2023, Before("今年上半年，较去年同期增长")?.Year);
    }

    [Fact]
    public void AMonthNotYetReachedIsLastYears()
    {
        Assert.Equal(2023, Before("12月", new DateOnly(2024, 1, 5))?.Year);
    }

    [Fact]
    public void WithoutAPublicationDateOnlyAWrittenYearDates()
    {
        Assert.Null(PeriodReader.Read("今年100人", 2, null));
        Assert.Equal(2021, PeriodReader.Read("2021年100人", 5, null)?.Year);
    }

    [Theory]
    [InlineData("“六五”末期，", 1985, "“六五”末期")]
    [InlineData("“十三五”期间，", 2020, "“十三五”期间")]
    [InlineData("解放初期，", 1949, "解放初期")]
    [InlineData("活动开展以来，", 2023, "截至2023-08-15")]
    public void PlansErasAndRunningTotalsAreDated(string words, int year, string label)
    {
        var period = Before(words);

        Assert.Equal(year, period?.Year);
        Assert.Equal(label, period?.Label);
    }

    [Fact]
    public void AMonthAFewMonthsAheadIsStillToComeAndOneFarAheadIsLastYears()
    {
        Assert.Equal(2023, Before("今年10月至11月，将评选出")?.Year);
        Assert.Equal("2023年10-11月", Before("今年10月至11月，将评选出")?.Label);
        Assert.Equal(2022, Before("12月，", new DateOnly(2023, 1, 20))?.Year);
        Assert.Equal(2023, Before("8月1日起，", new DateOnly(2023, 7, 20))?.Year);
    }

    [Fact]
    public void AYearAfterTheFigureInItsClauseDatesIt()
    {
        const string text = "全区66条河流在2019年底全部消除黑臭。";

        Assert.Equal(2019, PeriodReader.Read(text, (0, text.Length), text.IndexOf('。'), text.IndexOf("66", StringComparison.Ordinal), Published)?.Year);
    }

    [Fact]
    public void AFigureWithNoTimeWordTakesTheWrittenYearOfTheSentenceBefore()
    {
        const string text = "目前全市2022年老旧小区改造工程处在收尾阶段。铁东区4个小区基本完工。";
        var at = text.IndexOf('4');
        var sentence = (text.IndexOf('。') + 1, text.Length - 1);

        Assert.Equal(2022, PeriodReader.Read(text, sentence, sentence.Item2, at, Published)?.Year);
    }
}
