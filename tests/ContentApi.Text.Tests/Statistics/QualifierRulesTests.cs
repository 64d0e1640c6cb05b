using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class QualifierRulesTests
{
    [Theory]
    [InlineData("培训约300人次", "约300人次", "approx")]
    [InlineData("惠及近2万户", "近2万户", "approx")]
    [InlineData("收集意见800条左右", "800条左右", "approx")]
    [InlineData("全镇蔬菜面积保持在1.2万亩上下。", "1.2万亩上下", "approx")]
    [InlineData("一顿工作餐人均15元上下，", "15元上下", "approx")]
    [InlineData("接送300名职工上下班", "300名", "exact")]
    [InlineData("吸引逾5000名游客", "逾5000名", "over")]
    [InlineData("事故造成至少12人受伤", "至少12人", "over")]
    [InlineData("发放物资60余箱", "60余箱", "over")]
    [InlineData("走访30多户", "30多户", "over")]
    [InlineData("服务500人以上", "500人以上", "over")]
    [InlineData("上千名群众参加", "上千名", "over")]
    [InlineData("千余名群众参加", "千余名", "over")]
    // 过 and 破 before a round number are "past" and "breaking" it; a bound before 千万 makes it a number, no adverb.
    [InlineData("全镇旅游收入过千万元", "过千万元", "over")]
    [InlineData("直播带货销售额破亿元", "破亿元", "over")]
    [InlineData("累计捐款超过百万元", "超过百万元", "over")]
    [InlineData("年产量突破千万株", "突破千万株", "over")]
    [InlineData("近万人观看", "近万人", "approx")]
    [InlineData("用时不到20分钟", "不到20分钟", "under")]
    [InlineData("占地不足300平方米", "不足300平方米", "under")]
    [InlineData("招募七八十名队员", "七八十名", "range")]
    [InlineData("数千名群众参加", "数千名", "over")]
    [InlineData("招募二十几名队员", "二十几名", "over")]
    [InlineData("新建5至8座驿站", "5至8座", "range")]
    [InlineData("每户补助300元至800元不等", "300元至800元", "range")]
    [InlineData("局地雨量达60毫米—90毫米", "60毫米—90毫米", "range")]
    [InlineData("种植树苗1200棵", "1200棵", "exact")]
    [InlineData("住宅用地不大于70%", "不大于70%", "under")]
    [InlineData("绿地率不小于35%", "不小于35%", "over")]
    // A space set between the bound and its digits.
    [InlineData("建筑密度不超过 30%", "不超过 30%", "under")]
    [InlineData("配建用房不少于 150 ㎡", "不少于 150 ㎡", "over")]
    [InlineData("在5天内完成", "5天内", "under")]
    [InlineData("5公里内设站", "5公里内", "under")]
    [InlineData("连续清理了3个多小时", "3个多小时", "over")]
    [InlineData("洪水中至少有12人被困", "至少有12人", "over")]
    [InlineData("每场最多300人参加", "最多300人", "under")]
    [InlineData("全年失业率低于3.5%", "低于3.5%", "under")]
    [InlineData("报名人数比去年超出600人", "600人", "exact")]
    [InlineData("村里200来人参加义诊", "200来人", "approx")]
    [InlineData("处罚款人民币叁佰元整的处罚", "叁佰元整", "exact")]
    [InlineData("安排100万元整治资金", "100万元", "exact")]
    // 及 or a bracketed 含 before 以上 or 以下 includes the number; 及 before anything else joins the next item.
    [InlineData("企业捐赠10万元及以上即可上榜", "10万元及以上", "over")]
    [InlineData("实际交易额500万元（含）以上的给予奖励", "500万元（含）以上", "over")]
    [InlineData("规模在300人及以下的活动", "300人及以下", "under")]
    [InlineData("筹集资金10万元及物资一批", "10万元", "exact")]
    [InlineData("交易额500万元(含)以上的给予奖励", "500万元(含)以上", "over")]
    [InlineData("规模在300人（含）以下的活动", "300人（含）以下", "under")]
    // 最高, 最低 and 最少 after a grant, an offer or a price are a sum's cap and its floor; elsewhere, or reached through 达,
    // they name a maximum or minimum observed, exact.
    [InlineData("对优质项目给予最高50万元无偿资助", "最高50万元", "under")]
    [InlineData("可享最高310万元的医疗保障", "最高310万元", "under")]
    [InlineData("部分场次以最低20元的价格看电影", "最低20元", "over")]
    [InlineData("对参赛团队奖励最少2000元", "最少2000元", "over")]
    [InlineData("涿州部分路段水深最高达6米", "6米", "exact")]
    [InlineData("受灾最重的A镇降雨量最高289毫米", "289毫米", "exact")]
    [InlineData("景区水位最低1.2米", "1.2米", "exact")]
    [InlineData("单场观众最少800人", "800人", "exact")]
    // A comparison bounds the quantity by the number, unless the "X的" phrase after it names the standard the number is.
    [InlineData("上半年经济增速均高于6%", "高于6%", "over")]
    [InlineData("对高低差大于1.5米的堤段加固", "大于1.5米", "over")]
    [InlineData("报名人数多于30人的班级", "多于30人", "over")]
    [InlineData("植株胸径小于20厘米", "小于20厘米", "under")]
    [InlineData("全市GDP增速高于6%的预期目标", "6%", "exact")]
    [InlineData("全年失业率低于3.5%的控制目标", "3.5%", "exact")]
    [InlineData("人均收入多于5000元的全省平均水平", "5000元", "exact")]
    // 约 before a verb linking the number to its subject; not where 约 ends a word (签约).
    [InlineData("玉米种植面积约为77.5万亩", "约为77.5万亩", "approx")]
    [InlineData("每年还约有30万只候鸟在此停歇", "约有30万只", "approx")]
    [InlineData("算起来宽度大约有40米", "大约有40米", "approx")]
    [InlineData("全县今年签约有12个项目", "12个", "exact")]
    [InlineData("长度折算约合32米", "约合32米", "approx")]
    [InlineData("年产值约达5亿元", "约达5亿元", "approx")]
    [InlineData("签订合约达3份", "3份", "exact")]
    // 纽约 is a place, no 约; the 大 of 最大 or 扩大 is no part of 大约.
    [InlineData("其中纽约有3家企业参与", "3家", "exact")]
    [InlineData("纽约3家企业参与", "3家", "exact")]
    [InlineData("园区内单体厂房面积最大约为3万平方米", "约为3万平方米", "approx")]
    [InlineData("单体厂房面积最大约3万平方米", "约3万平方米", "approx")]
    [InlineData("占地大约3万平方米", "大约3万平方米", "approx")]
    public void ReadsTheQualifierAroundTheNumberIntoTheQuotedSpan(string sentence, string quoted, string qualifier)
    {
        var statistic = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal(quoted, sentence[statistic.Start..statistic.End]);
        Assert.Equal(qualifier, statistic.Qualifier);
    }

    [Theory]
    // 约 after a measure word that closes the count before is the next number's (12条 | 约30公里), no part of 条约.
    [InlineData("新修12条约30公里的机耕路", "约30公里", "approx")]
    [InlineData("与邻县签订合作条约3份", "3份", "exact")]
    public void AQualifierAfterTheMeasureWordOfTheCountBeforeIsTheNextNumbers(string sentence, string quoted, string qualifier)
    {
        var statistic = QuantityFinder.Find(sentence).Last(found => found.IsStatistic);

        Assert.Equal(quoted, sentence[statistic.Start..statistic.End]);
        Assert.Equal(qualifier, statistic.Qualifier);
    }

    [Fact]
    public void TheDaOfAWordBeforeYueStaysInTheMetric()
    {
        const string paragraph = "园区内单体厂房面积最大约为3万平方米。";

        var statistic = Assert.Single(StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics);

        Assert.Equal(("约为3万平方米", "园区内单体厂房面积最大"), (statistic.Text, statistic.Metric));
    }

    [Fact]
    public void AnObservedMaximumAfterADailyAverageIsExact()
    {
        const string paragraph = "全市日均客流量8万人次，单日最高12万人次。";

        var statistics = StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;

        Assert.Equal(("12万人次", StatisticQualifier.Exact), (statistics[1].Text, statistics[1].Qualifier));
    }

    [Theory]
    // The list readers skip a next item's qualifier as Before reads it: 约有 and 大约有 as 约 (教师50名、约有200名学生).
    [InlineData("约200名学生", 1)]
    [InlineData("约有200名学生", 2)]
    [InlineData("大约有200名学生", 3)]
    [InlineData("约定200名学生", 0)]
    public void TheQualifierOfAListedNumberIncludesTheLinkAfterYue(string text, int length)
    {
        Assert.Equal(length, QualifierRules.QualifierLengthAt(text, 0));
    }

    [Theory]
    [InlineData("每天要干7、8个小时", "7、8个小时", 7, 8)]
    [InlineData("一个月能挣3、4000块钱", "3、4000块钱", 3000, 4000)]
    [InlineData("一天能卖500、600斤", "500、600斤", 500, 600)]
    public void NeighbouringNumbersJoinedBeforeOneMeasureWordAreARange(string sentence, string quoted, int low, int high)
    {
        var statistic = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal((quoted, StatisticQualifier.Range, (decimal)low, (decimal?)high),
            (sentence[statistic.Start..statistic.End], statistic.Qualifier, statistic.Value, statistic.ValueMax));
    }

    [Theory]
    [InlineData("招募二十几名队员", StatisticQualifier.Over, 20, null)]
    [InlineData("数千名群众参加", StatisticQualifier.Over, 1000, null)]
    [InlineData("招募七八十名队员", StatisticQualifier.Range, 70, 80)]
    public void OnlyARangeReportsItsHighEnd(string sentence, string qualifier, int value, int? valueMax)
    {
        var statistic = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal((qualifier, (decimal?)value, (decimal?)valueMax), (statistic.Qualifier, statistic.Value, statistic.ValueMax));
    }

    [Fact]
    public void NeighbouringNumbersAfterRespectivelyAreNoRange()
    {
        const string sentence = "两镇分别有4、5个村受灾";
        var statistic = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal(("5个", StatisticQualifier.Exact), (sentence[statistic.Start..statistic.End], statistic.Qualifier));
    }

    [Fact]
    public void NumbersFurtherApartStayAList()
    {
        const string sentence = "分别有3、8个村受灾";
        var statistic = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal(("8个", StatisticQualifier.Exact), (sentence[statistic.Start..statistic.End], statistic.Qualifier));
    }

    [Fact]
    public void ARangeWithAMeasureWordAtBothEndsIsOneFigure()
    {
        var range = Assert.Single(QuantityFinder.Find("每户补助300元至800元不等"), found => found.IsStatistic);

        Assert.Equal((300m, 800m, "元"), (range.Value, range.ValueMax, range.Unit));
    }

    [Theory]
    // 至 and 到 after a change, or after a level a change starts from, lead to the level reached: two figures.
    [InlineData("会员较上月减少30人至2100人", "30人", "2100人")]
    [InlineData("产值从80亿元到120亿元用了4年", "80亿元", "120亿元")]
    public void AChangeToALevelIsNoRange(string sentence, string first, string second)
    {
        var statistics = QuantityFinder.Find(sentence).Where(found => found.IsStatistic).Select(found => sentence[found.Start..found.End]);

        Assert.Equal([first, second], statistics);
    }

    [Fact]
    public void TheShangOfYiShangClosesTheFigureBeforeAndDoesNotReachTheNext()
    {
        const string sentence = "并处违法所得二倍以上十倍以下的罚款";

        var found = QuantityFinder.Find(sentence).Where(f => f.IsStatistic).Select(f => sentence[f.Start..f.End]);

        Assert.Equal(["二倍以上", "十倍以下"], found);
    }

    [Theory]
    [InlineData("节约用水3吨")]
    [InlineData("签约5个项目")]
    public void DoesNotReadYueInsideAWordAsApproximate(string sentence)
    {
        var statistic = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal(StatisticQualifier.Exact, statistic.Qualifier);
    }

    [Theory]
    [InlineData("徒步距离大约还剩6.5公里。", "approx")]
    [InlineData("预约挂号120人次。", "exact")]
    [InlineData("合作社社员一年差不多有8万元分红。", "approx")]
    [InlineData("果农每天差不多可以卖300斤。", "approx")]
    // 差不多是 sums up a comparison; the other words of estimate stay rough before 是.
    [InlineData("到场的观众大约是300人。", "approx")]
    public void CarriesAnEstimateWordAcrossAShortVerb(string paragraph, string qualifier)
    {
        var statistics = StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;

        Assert.Equal(qualifier, Assert.Single(statistics).Qualifier);
    }

    // 差不多是 says what the whole comparison comes to (about three times the target), not that the target is about 1,200.
    [Fact]
    public void ChaBuDuoShiDoesNotMakeTheNumberAfterItApproximate()
    {
        var paragraph = "签约人才差不多是每年引进1200名目标的三倍。";

        var statistics = StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;

        Assert.Equal(StatisticQualifier.Exact, Assert.Single(statistics, found => found.Value == 1200).Qualifier);
    }

    [Fact]
    public void DoesNotReadNeiAsWithinAfterACountOfThings()
    {
        var statistic = Assert.Single(QuantityFinder.Find("引进10家内资企业"), found => found.IsStatistic);

        Assert.Equal(StatisticQualifier.Exact, statistic.Qualifier);
    }

    [Fact]
    public void DuoClosingAFigureAfterItsMeasureIsOver()
    {
        var statistics = StatisticsExtractor.Apply("运送物资9吨多。", LinePage.From("运送物资9吨多。"), explain: false).Articles[0].Statistics;

        var statistic = Assert.Single(statistics);
        Assert.Equal(("9吨多", StatisticQualifier.Over, "运送物资"), (statistic.Text, statistic.Qualifier, statistic.Metric));
    }

    [Fact]
    public void DuoBeforeTheAdjectiveOfADimensionIsOver()
    {
        var paragraph = "一名男孩不慎跌入2米多深的水塘。";

        var statistic = Assert.Single(StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics);

        Assert.Equal(("2米多", StatisticQualifier.Over, "水塘（深度）"), (statistic.Text, statistic.Qualifier, statistic.Metric));
    }

    [Fact]
    public void DuoBeforeAnAdjectiveThatBeginsAWordIsNoPartOfTheFigure()
    {
        var statistic = Assert.Single(QuantityFinder.Find("铺设3公里多长途光缆"), found => found.IsStatistic);

        Assert.Equal(StatisticQualifier.Exact, statistic.Qualifier);
    }

    [Fact]
    public void DuoBeforeACharacterBeginsAWord()
    {
        var statistic = Assert.Single(QuantityFinder.Find("运送9吨多种物资"), found => found.IsStatistic);

        Assert.Equal(StatisticQualifier.Exact, statistic.Qualifier);
    }

    [Theory]
    // A bound or an estimate anywhere in the clause governs a share across the "X的" phrase right before it; a comparison
    // made (超过了) names a target, and a figure between ends the bound's reach.
    [InlineData("小麦种植面积约占全县耕地面积的40%。", StatisticQualifier.Approx)]
    [InlineData("补助资金原则上不超过项目总投资的30%。", StatisticQualifier.Under)]
    [InlineData("今年油菜籽产量超过全省的15%。", StatisticQualifier.Over)]
    [InlineData("受益农户数量接近总户数的60%。", StatisticQualifier.Approx)]
    [InlineData("一季度增速超过了年初确定的6%目标。", StatisticQualifier.Exact)]
    public void CarriesABoundFromInsideTheClauseAcrossADePhraseToTheShare(string paragraph, string qualifier)
    {
        var statistics = StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;

        Assert.Equal(qualifier, statistics.Single(statistic => statistic.Unit == "%").Qualifier);
    }

    [Fact]
    public void CarriesChaoGuoAcrossADePhraseToTheShare()
    {
        var page = LinePage.From("会员1200人，超过全镇居民总数的15%。");

        var statistics = StatisticsExtractor.Apply("会员1200人，超过全镇居民总数的15%。", page, explain: false).Articles[0].Statistics;

        Assert.Equal("15%", statistics[1].Text);
        Assert.Equal(StatisticQualifier.Over, statistics[1].Qualifier);
    }
}
