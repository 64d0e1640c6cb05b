using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// What a count names when the words before it are a topic, not the thing counted: a place at the head of the clause; and
/// what a part counted after 其中 names when only its predicate follows it; the items of a 分别 list whose names hold a joiner.
/// </summary>
public sealed class MetricTopicTests
{
    [Theory]
    // A place alone, or 全/该 with a level, before a count says where: the noun after the count is what is counted.
    [InlineData("如今，该乡18个村已建成文化广场。", "村")]
    [InlineData("全县21个村均已通上自来水。", "村")]
    [InlineData("全市9个区均已建成救助站。", "区")]
    // People counted after a place are named by their predicate.
    [InlineData("洛阳市3200人参与线上答题。", "参与线上答题")]
    // With no noun after the count, any predicate of the people counted says who they are, up to the next figure.
    [InlineData("开封市已有12人被骗4.6万元。", "被骗")]
    [InlineData("湖南省共有5.2万余人加入骨髓捐献者资料库。", "加入骨髓捐献者资料库")]
    [InlineData("岳阳有3人入选。", "入选")]
    public void APlaceBeforeACountIsWhereNotWhat(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Theory]
    // Nothing after the count: the place's own households or people keep the place.
    [InlineData("全村共有42户156人。", "全村共有")]
    [InlineData("该村现有310人，其中外出务工的120人。", "该村现有")]
    public void APlacesPopulationKeepsThePlace(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Theory]
    // A part after 其中 with only a predicate counts the whole's noun; the predicate says which part.
    [InlineData("全市8家平台年交易额超过十亿元，其中3家超过百亿元。", "平台年交易额（超过百亿元）")]
    [InlineData("社区有空巢老人52名，其中7人没有子女在身边。", "空巢老人（没有子女）")]
    // A part named by what befell it, or by what it is, keeps those words.
    [InlineData("暴雨已造成6人遇难，其中2人因公殉职。", "因公殉职")]
    [InlineData("服务队有志愿者120人，其中30人为党员。", "党员")]
    public void APartAfter其中CountsTheWholesNoun(string paragraph, string metric) =>
        Assert.Contains(metric, Extract(paragraph).Select(statistic => statistic.Metric));

    [Theory]
    // A sentence that opens with 其中 and names nothing else counts a part of the last count of its kind in the sentence
    // before; a part with a noun of its own keeps it.
    [InlineData("全县共转移安置受灾群众8600人。其中3200人（900户）暂未返回家中。", 1, "受灾群众")]
    [InlineData("全县共转移安置受灾群众8600人。其中3200人（900户）暂未返回家中。", 2, "受灾群众")]
    [InlineData("今年共有参赛队伍120支。其中36支来自外省。", 1, "参赛队伍")]
    [InlineData("全县共转移安置受灾群众8600人。其中，老人1200人。", 1, "老人")]
    public void APartOpeningASentenceWith其中CountsTheWholeBefore(string paragraph, int figure, string metricPart) =>
        Assert.Contains(metricPart, Extract(paragraph)[figure].Metric);

    [Theory]
    // A verb of having alone names nothing; a measure word that is itself the noun it counts (站, 案) names the figure.
    [InlineData("全市有3站累计雨量超过200毫米。", "站")]
    // Whatever noun follows it: that is what the predicate measures of each.
    [InlineData("全市有3站日降雨量超过50毫米。", "站")]
    [InlineData("法院今年有5案当事人当庭和解。", "案")]
    // A measure word that is no noun of its own leaves the noun before it to name the figure.
    [InlineData("全村有水井57眼。", "水井")]
    public void AMeasureWordThatIsItsNounNamesWhatIsHad(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Fact]
    public void AMeasureWordThatIsNoNounNamesNothingHad() =>
        Assert.NotEqual("处", Extract("其中有4处水位超过警戒线。")[0].Metric);

    [Theory]
    // Items whose names hold 及 or 和 are split at fewer joiners until they match the figures, and share the last one's head.
    [InlineData("太阳能热水器、工业控制设备及系统产量分别增长24.5%、14.1%。", 0, "太阳能热水器产量")]
    [InlineData("太阳能热水器、工业控制设备及系统产量分别增长24.5%、14.1%。", 1, "工业控制设备及系统产量")]
    [InlineData("仪器仪表制造业和汽车及零部件制造业产值分别增长3.8%、7.3%。", 0, "仪器仪表制造业产值")]
    [InlineData("批发和零售业、住宿和餐饮业增加值同比分别增长6.5%、9.2%。", 1, "住宿和餐饮业增加值")]
    [InlineData("茶叶、文具和家用电器价格分别上涨1.6%、0.7%和0.2%。", 1, "文具价格")]
    // Examples before 等 are not the items: the figures are the head's.
    [InlineData("与出口相关的服装、鞋帽等限额以上单位纺织类、鞋类零售额同比分别增长12.5%、8.1%。", 0, "限额以上单位纺织类、鞋类零售额")]
    // 就 inside 就业率 opens no predicate, and 就业率 is the head the items share.
    [InlineData("全县返乡劳动力、搬迁劳动力就业率分别达到96.2%和98.4%。", 0, "返乡劳动力就业率")]
    public void ItemsOfARespectiveListKeepTheirJoiners(string paragraph, int figure, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[figure].Metric);

    [Theory]
    // A share with no 的 right before a verb or a noun measures what follows it; the subject written right before it acts,
    // a place or a scope only says where.
    [InlineData("镇里收到群众来信50件，信访办100%登记回复。", 1, "信访办（登记回复）")]
    [InlineData("全镇95%以上落实整改。", 0, "落实整改")]
    [InlineData("热线电话100%接通、100%答复。", 1, "答复")]
    // After a linking word or a change the share is the complement of what leads it, and a level reached names nothing.
    [InlineData("本月蔬菜价格下跌4.2%成为降幅最大的品类。", 0, "本月蔬菜价格")]
    [InlineData("全区工业产值连续三年保持15%以上增长。", 0, "工业产值连续三年")]
    [InlineData("城区水质优良率全部100%达标。", 0, "城区水质优良率")]
    [InlineData("客流恢复至往年规模九成以上水平。", 0, "客流恢复至往年规模")]
    // A share after a noun that names a rate is that rate's value, and a ranking or comparison after it names nothing.
    [InlineData("全县粮食产量增速6.1%居全市第一。", 0, "粮食产量增速")]
    [InlineData("居民消费支出增幅4.8%高于全市平均水平。", 0, "居民消费支出增幅")]
    [InlineData("办事群众满意度99%创历史新高。", 0, "办事群众满意度")]
    [InlineData("全镇80%位居前列的村已完成改造。", 0, "全镇")]
    // What a share measures still follows it where no rate is named before it.
    [InlineData("全村85%农户种植茶叶。", 0, "农户种植茶叶")]
    public void AShareBeforeAVerbOrANounMeasuresWhatFollows(string paragraph, int figure, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[figure].Metric);

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
