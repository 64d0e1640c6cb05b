using ContentApi.Text.Periods;

namespace ContentApi.Text.Tests.Periods;

public sealed class YearOfAccountInItsClauseTests
{
    private static readonly DateOnly Published = new(2023, 8, 15);

    [Theory]
    // A year of account after the count in its own clause (N人荣获YYYY年度…) is the count's, nearer than a time word of an
    // earlier clause of the sentence.
    [InlineData("全镇2人荣获2021年度县级优秀党员称号，3户家庭荣获2022年度县级文明家庭称号。", "3户", 2022)]
    [InlineData("5月20日，县里等8家单位公布的2022年度优秀志愿服务项目名单出炉。", "8家", 2022)]
    // A plain year after the count, or a time word in the count's own clause before it, dates as before.
    [InlineData("2021年，全县新建公园5个，治理河道12公里于2022年完工。", "12公里", 2021)]
    [InlineData("全镇2人荣获2021年度优秀党员称号，今年又有3户家庭荣获2022年度文明家庭称号。", "3户", 2023)]
    public void AYearOfAccountInTheCountsOwnClauseDatesIt(string sentence, string figure, int year)
    {
        Assert.Equal(year, PeriodReader.Read(sentence, (0, sentence.Length), sentence.IndexOf('。'), sentence.IndexOf(figure, StringComparison.Ordinal), Published)?.Year);
    }
}
