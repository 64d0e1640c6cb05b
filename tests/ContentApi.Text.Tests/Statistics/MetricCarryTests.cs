using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// Metrics carried across clauses and the furniture of a story: an attribute clause after a comma names the thing counted
/// before it; a title run into its story's dateline or credit is read to the words before the figure.
/// </summary>
public sealed class MetricCarryTests
{
    [Theory]
    // An attribute or a share opening the clause after a figure's is the attribute of what that figure counted.
    [InlineData("全县已建成湿地公园9个，面积约1200公顷。", "湿地公园（面积）")]
    [InlineData("合作社种植黄桃600余亩，产值达300万元。", "黄桃（产值）")]
    [InlineData("全镇有网格员560人，占比约35%。", "网格员（占比）")]
    // 降幅 and 增幅 are attributes of a change as 涨幅 is; compared with a period, the comparison is read with them.
    [InlineData("蔬菜价格下降3.1%，降幅收窄0.5个百分点。", "蔬菜价格（降幅）")]
    [InlineData("蔬菜价格下降3.1%，降幅比上月收窄0.5个百分点。", "蔬菜价格（降幅比上月收窄）")]
    [InlineData("全区现有注册志愿者9.2万人，约占常住人口的12%。", "注册志愿者（占常住人口）")]
    // An attribute the carried subject ends in is its own, not the clause's.
    [InlineData("实验学校占地面积80亩，建筑面积5.6万平方米。", "实验学校（建筑面积）")]
    public void AnAttributeClauseCarriesTheThingCountedBefore(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[^1].Metric);

    [Theory]
    // No figure in the clause before, or the attribute after a list of counts (the whole's), or with words of its own.
    [InlineData("银行贷款仍是主要渠道，占比64.2%。", "占比")]
    [InlineData("全州下辖5县、30个乡镇、160个行政村，总面积2.1万平方公里。", "总面积")]
    [InlineData("全县种植茶叶2万亩，茶叶产值8亿元。", "茶叶产值")]
    public void AnAttributeClauseWithoutAThingBeforeItKeepsItsWords(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[^1].Metric);

    [Theory]
    // A rate of growth named by nothing but itself, opening the clause after a figure's, is that figure's growth, and is
    // filed with it; a rate that names its own subject keeps it.
    [InlineData("今年村民人均增收2800元，增长率达35%。", "村民人均增收（增长率）", "economy")]
    [InlineData("全县旅游收入12亿元，年均增长率为18%。", "旅游收入（年均增长率）", "economy")]
    [InlineData("合作社营业收入600万元，利润增长率为20%。", "利润增长率", "economy")]
    public void ABareRateOfGrowthIsTheGrowthOfTheFigureBefore(string paragraph, string metric, string category)
    {
        var statistic = Extract(paragraph)[^1];

        Assert.Equal(metric, statistic.Metric);
        Assert.Equal(category, statistic.Category);
    }

    [Theory]
    // A place's value in brackets in a league table is the sentence's measure of its kind, in that place; with no measure
    // in the sentence the places stay, and a conversion in brackets after an amount is no item of a table.
    [InlineData("在上半年的GDP前五城市中，南昌（3600亿元）、合肥（6200亿元）名列前茅。", new[] { "GDP（南昌）", "GDP（合肥）" })]
    [InlineData("从经济增速来看，两市分别为太原（5.1%）和兰州（6.2%）。", new[] { "经济增速（太原）", "经济增速（兰州）" })]
    [InlineData("西宁（320亿元）、银川（280亿元）位列其后。", new[] { "西宁", "银川" })]
    // The measure opening the sentence is before the figure; one before the figure wins over one after it.
    [InlineData("GDP：长沙（1.4万亿元）、南宁（5000亿元）。", new[] { "GDP（长沙）", "GDP（南宁）" })]
    [InlineData("从GDP来看，长沙（1.4万亿元）、南宁（5000亿元），经济总量均居前列。", new[] { "GDP（长沙）", "GDP（南宁）" })]
    [InlineData("项目总投资3.89亿元（约4700万欧元）。", new[] { "项目总投资", "项目总投资" })]
    public void APlacesValueInALeagueTableIsTheMeasureOfItsSentence(string paragraph, string[] metrics) =>
        Assert.Equal(metrics, Extract(paragraph).Select(statistic => statistic.Metric));

    [Theory]
    // A count right after the one before counts the same thing, unless it describes a noun of its own through 的.
    [InlineData("全镇8个村46条约120公里的通村道路完成硬化。", "通村道路")]
    [InlineData("全镇8个村46条120公里的通村道路完成硬化。", "通村道路")]
    [InlineData("暴雨冲毁鱼塘1处50亩。", "鱼塘")]
    [InlineData("紧急转移群众305户约1025人。", "群众")]
    public void ACountAfterACountIsItsThingUnlessItDescribesANounOfItsOwn(string paragraph, string metricPart) =>
        Assert.Contains(metricPart, Extract(paragraph)[^1].Metric);

    [Theory]
    // A sentence opening with a place and its average is that place's part of the measure of the sentence before; one
    // that names its measure keeps it.
    [InlineData("全市平均降雨量86毫米。上城区平均102毫米，城区平均95毫米。", new[] { "平均降雨量", "平均降雨量（上城区）", "平均降雨量（城区）" })]
    [InlineData("全市平均降雨量86毫米。上城区平均降雨量102毫米。", new[] { "平均降雨量", "上城区平均降雨量" })]
    public void APlacesAverageOpeningASentenceIsItsPartOfTheMeasureBefore(string paragraph, string[] metrics) =>
        Assert.Equal(metrics, Extract(paragraph).Select(statistic => statistic.Metric));

    [Fact]
    public void AnAttributeCarryingItsThingKeepsTheAttributesCategory()
    {
        var statistics = Extract("村里办起养殖场3家，产值达450万元。");

        Assert.EndsWith("养殖场（产值）", statistics[^1].Metric);
        Assert.Equal("economy", statistics[^1].Category);
    }

    [Theory]
    // A title run into its story's dated dateline, the source of the report, or the reporter's attribution.
    [InlineData("原标题：全区新建口袋公园36个江淮晚报网8月3日讯（通讯员 王平）", "口袋公园")]
    [InlineData("原标题：今年已培训新型职业农民2600人据新华社合肥8月2日电", "新型职业农民")]
    [InlineData("原标题：高新区累计发放稳岗补贴1200万元据某某客户端消息，", "稳岗补贴")]
    [InlineData("原标题：全市新增充电桩800个来源｜某某日报 近日，", "充电桩")]
    [InlineData("原标题：两个月清理河道垃圾500吨笔者从县水利局获悉，", "河道垃圾")]
    [InlineData("原标题：全县修复农村公路120公里记者今天从县交通局了解到，", "农村公路")]
    public void AFiguresNounNeverIsTheFurnitureOfTheStoryUnderTheTitle(string paragraph, string metricPart) =>
        Assert.Contains(metricPart, Extract(paragraph)[0].Metric);

    [Theory]
    // Reporters counted are people, and a noun of the title longer than an outlet's name is no outlet.
    [InlineData("原标题：30名记者从各地赶赴灾区", "记者")]
    [InlineData("原标题：全市800名群众免费体检晚报网8月3日讯", "群众")]
    public void ANounThatOnlyLooksLikeFurnitureIsKept(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Theory]
    // Anonymised names before 等 are members of the group counted: its role before them names it.
    [InlineData("法院判处被告人赵某某等5人有期徒刑。", "被告人")]
    [InlineData("警方抓获犯罪嫌疑人钱某、孙某等4人。", "警方抓获犯罪嫌疑人")]
    // A count with a noun of its own keeps it.
    [InlineData("李某等6名志愿者前往现场。", "志愿者")]
    public void NamedMembersBefore等AreNoKindCounted(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Theory]
    // A count of things or events named by its verb alone counts the object that verb took earlier in the sentence.
    [InlineData("各村开展环境整治，目前已开展20场。", "环境整治（开展）")]
    // Not a duration, which the event names, nor people, whom their verb names.
    [InlineData("社区开展业务培训，此次培训为期两天。", "培训")]
    // Nor an object read before a semicolon, which ends the sentence as 。 does.
    [InlineData("学校开展防溺水宣传；目前已开展13场。", "开展")]
    public void ABareVerbCountsTheObjectItTookBefore(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[^1].Metric);

    [Theory]
    // A clause that names a measure and ends in a colon, with no figure of its own, names the places listed after it.
    [InlineData("全省最大小时降雨量93.1毫米，各地平均降雨量为：葫芦岛128.8毫米、锦州110.9毫米。", "各地平均降雨量（葫芦岛）", "各地平均降雨量（锦州）")]
    // Every measuring head's last character (强度, 涨幅), 分别是, and a half-width colon.
    [InlineData("全省最大小时降雨量93.1毫米，各地降雨强度：葫芦岛28.8毫米、锦州10.9毫米。", "各地降雨强度（葫芦岛）", "各地降雨强度（锦州）")]
    [InlineData("全省房价涨幅3.1%，各市涨幅：沈阳2.8%、大连1.9%。", "各市涨幅（沈阳）", "各市涨幅（大连）")]
    [InlineData("全省最大小时降雨量93.1毫米，各地降雨量分别是：葫芦岛128.8毫米、锦州110.9毫米。", "各地降雨量（葫芦岛）", "各地降雨量（锦州）")]
    [InlineData("全省最大小时降雨量93.1毫米，各地降雨量:葫芦岛128.8毫米、锦州110.9毫米。", "各地降雨量（葫芦岛）", "各地降雨量（锦州）")]
    // A numeral inside a word (统一) is no figure of the clause's own.
    [InlineData("全省最大小时降雨量93.1毫米，全省统一测得的平均降雨量为：葫芦岛128.8毫米、锦州110.9毫米。", "全省统一测得的平均降雨量（葫芦岛）", "全省统一测得的平均降雨量（锦州）")]
    // Guard: words before the colon that name no measure leave the subject of the figure before.
    [InlineData("全省最大小时降雨量93.1毫米，具体如下：葫芦岛128.8毫米、锦州110.9毫米。", "最大小时降雨量（葫芦岛）", "最大小时降雨量（锦州）")]
    // Guard: a clause with a figure of its own, in Chinese numerals too (七月), introduces no list.
    [InlineData("全省最大小时降雨量93.1毫米，七月各地平均降雨量为：葫芦岛128.8毫米、锦州110.9毫米。", "最大小时降雨量（葫芦岛）", "最大小时降雨量（锦州）")]
    public void AMeasureNamedBeforeAColonNamesTheListAfterIt(string paragraph, string first, string second)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(first, statistics[1].Metric);
        Assert.Equal(second, statistics[2].Metric);
    }

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
