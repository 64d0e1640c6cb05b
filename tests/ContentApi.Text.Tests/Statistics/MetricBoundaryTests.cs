using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// Where the counted noun begins and ends: the predicate after it, a relative clause before it, a topic before a total,
/// one-character nouns in lists, 期间 and 位数, 标箱; and the category of a physical measure.
/// </summary>
public sealed class MetricBoundaryTests
{
    [Theory]
    [InlineData("300余位专家参会。", "专家")]
    [InlineData("12座桥梁出现不同程度损毁。", "桥梁")]
    [InlineData("50余家企业签约入驻园区。", "企业")]
    [InlineData("600余名代表紧紧围绕发展大局建言献策。", "代表")]
    [InlineData("300余名退役老兵前往献血站献血。", "退役老兵")]
    [InlineData("3名干部一同前往水库。", "干部")]
    public void ThePredicateAfterACountedNounIsNotPartOfIt(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Fact]
    public void APredicateVerbThatBeginsTheNounIsPartOfIt()
    {
        var statistic = Assert.Single(Extract("新增3个签约项目。"));

        Assert.Equal("签约项目", statistic.Metric);
    }

    [Fact]
    public void ATimeWordAfterTheMeasureOpensTheNextClause()
    {
        var statistic = Assert.Single(Extract("二孩家庭补贴5000元近日发放到位。"));

        Assert.Equal("二孩家庭补贴", statistic.Metric);
    }

    [Theory]
    [InlineData("评选出20个具有地方特色的示范项目。", "示范项目")]
    [InlineData("400名来自全国各地的运动员参加比赛。", "运动员")]
    public void ARelativeClauseOfHavingOrBeingLeadsToItsHead(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    [InlineData("暴雨导致56个村和9个社区停电。", new[] { "村", "社区" })]
    [InlineData("全县建成1个中心、6个所、45个站。", new[] { "中心", "所", "站" })]
    [InlineData("目前3个村的道路已抢通。", new[] { "村" })]
    public void AOneCharacterNounInAListOrBeforeDeIsTheWholeNoun(string paragraph, string[] metrics)
    {
        Assert.Equal(metrics, Extract(paragraph).Select(s => s.Metric));
    }

    [Fact]
    public void ATotalsWordIsNoOneCharacterNoun()
    {
        var statistics = Extract("组建救援队伍120支共3000余人。");

        Assert.Equal("救援队伍", statistics[0].Metric);
        Assert.StartsWith("救援队伍", statistics[1].Metric, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceivingPatientsIntroducesWhatIsCounted()
    {
        var statistic = Assert.Single(Extract("巡回医疗队接诊患者460人。"));

        Assert.Equal("患者", statistic.Metric);
    }

    [Fact]
    public void AWordOfAChangeIsNoOneCharacterNoun()
    {
        var statistics = Extract("失业人数较上一期减少100人至1.04万人。");

        Assert.All(statistics, statistic => Assert.StartsWith("失业人数", statistic.Metric, StringComparison.Ordinal));
    }

    [Fact]
    public void XingWeiIsANounNotALinkingVerb()
    {
        var statistic = Assert.Single(Extract("查处交通违法行为60起。"));

        Assert.EndsWith("违法行为", statistic.Metric, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTopicBeforeATotalAndItsVerbIsWhatIsCounted()
    {
        var statistic = Assert.Single(Extract("交通事故共接报215起。"));

        Assert.Equal("交通事故", statistic.Metric);
    }

    [Fact]
    public void BeforeACountOfHouseholdsTheTopicIsWhoActedNotWhatIsCounted()
    {
        var statistic = Assert.Single(Extract("网格员累计走访1200户。"));

        Assert.NotEqual("网格员", statistic.Metric);
    }

    [Fact]
    public void AfterYouTheNounAMeasureDescribesNamesTheFigure()
    {
        var statistic = Assert.Single(Extract("园区建有500亩的茶叶种植基地。"));

        Assert.Equal("茶叶种植基地", statistic.Metric);
    }

    [Theory]
    [InlineData("园区建有500亩的茶叶种植基地。")]
    [InlineData("最大降水量为两河村435.7毫米。")]
    public void APhysicalMeasureIsNotTheOrganisationItIsOf(string paragraph)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal("environment", statistic.Category);
    }

    [Fact]
    public void ADurationIsFiledAsOtherWhateverItsVerb()
    {
        var statistics = Extract("医疗队三天共接诊2850余人。");

        Assert.Equal(["other", "beneficiaries"], statistics.Select(s => s.Category));
    }

    [Fact]
    public void TheLinkingWordBeforeAChangeToANewLevelGoesWithIt()
    {
        var statistic = Assert.Single(Extract("驿站已增至5个。"));

        Assert.Equal("驿站", statistic.Metric);
    }

    [Theory]
    [InlineData("双十二期间销量大增。")]
    [InlineData("收入连续五年保持两位数增长。")]
    public void AWordThatBeginsWithAMeasureWordCountsNothing(string paragraph)
    {
        Assert.Empty(Extract(paragraph));
    }

    [Fact]
    public void ContainerTrafficIsCountedInStandardContainers()
    {
        var statistic = Assert.Single(Extract("集装箱吞吐量完成120万标箱。"));

        Assert.Equal(("标箱", 1_200_000m, "集装箱吞吐量"), (statistic.Unit, statistic.Value, statistic.Metric));
    }

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
