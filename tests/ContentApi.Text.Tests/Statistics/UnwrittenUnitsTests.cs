using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class UnwrittenUnitsTests
{
    [Fact]
    public void EachListedWordIsChineseAndStandsOnceInItsList()
    {
        var rows = DataTable.Read("unwritten-unit-words.tsv", "list", "word").Select(row => (List: row[0], Word: row[1])).ToList();

        Assert.All(rows, row => Assert.Contains(row.List, new[] { "people-nouns", "funds-after" }));
        Assert.All(rows, row => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", row.Word));
        Assert.Equal(rows.Count, rows.Distinct().Count());
    }

    // A count in 万 or 亿 after a verb whose object is a sum (斥资, 骗取), after 价值, or after a noun of money and a
    // modal verb of reaching (可以达到, 差不多有) or the 了 of a verb (投资了), is in 元 though the writer left the 元 out.
    [Theory]
    [InlineData("企业斥资3.5亿新建厂房", "3.5亿")]
    [InlineData("嫌疑人先后骗取12.6万", "12.6万")]
    [InlineData("捐出价值200余万的防汛物资", "200余万")]
    [InlineData("合作社的销售额可以达到800万左右", "800万")]
    [InlineData("全家一年的收入差不多有15万", "15万")]
    [InlineData("企业在新区投资了2.6亿", "2.6亿")]
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

    // Nouns of people that no role word nor a last character of people marks (劳动力, 人才, 老年人, 医生, 考生) after the
    // count, talent counted before it (人才数, 人才), and funds named right after it (资金量).
    [Theory]
    [InlineData("全县45万农村劳动力实现转移就业", "45万", "人")]
    [InlineData("全区引进各类人才2.3万", "2.3万", "人")]
    [InlineData("全市高层次人才数已达1.2万", "1.2万", "人")]
    [InlineData("全省有600多万老年人参加体检", "600多万", "人")]
    [InlineData("今年全市8万考生参加中考", "8万", "人")]
    [InlineData("共争取到300万资金量", "300万", "元")]
    // 余 or 多 after a small count asks for what it counts: a noun of people right after it is that, in 人, or in 户 for a
    // noun of households (as a count in 万 before one is).
    [InlineData("救援队员用冲锋舟转移30余群众", "30", "人")]
    [InlineData("堤坝出现险情后，40多村民自发上堤巡查", "40", "人")]
    [InlineData("合作社带动周边60余农户增收", "60", "户")]
    [InlineData("全县已有1200多贫困户稳定脱贫", "1200", "户")]
    [InlineData("项目惠及全省3万农户", "3万", "户")]
    public void PeopleOrFundsNamedAroundTheCountGiveItsUnit(string sentence, string number, string unit)
    {
        var found = QuantityFinder.Find(sentence).First(f => sentence[f.Numeral.Start..f.Numeral.End].StartsWith(number, StringComparison.Ordinal));

        Assert.Equal((true, unit), (found.IsStatistic, found.Unit));
    }

    // Without 余 or 多 a small count keeps its measure word; a noun of things after 余 gives no unit, nor does a noun of
    // people after years (岁, 年) the table leaves out.
    [Theory]
    [InlineData("全村40村民参加义务植树")]
    [InlineData("直播间帮农户卖出3000余单农产品")]
    [InlineData("今年70多岁的村民老李每天巡河")]
    [InlineData("党龄50余年的老党员讲述入党故事")]
    public void ASmallCountIsNoCountOfPeopleUnlessTheirNounFollowsYuOrDuo(string sentence)
    {
        Assert.DoesNotContain(QuantityFinder.Find(sentence), found => found.IsStatistic);
    }

    [Theory]
    [InlineData("事故中有3万余头牲畜丧生")]
    [InlineData("项目计划投资的8万元中资金到位")]
    public void ACountBeforeAnEventIsNoCountOfPeople(string sentence)
    {
        Assert.DoesNotContain(QuantityFinder.Find(sentence), found => found.Unit == "人");
    }
}
