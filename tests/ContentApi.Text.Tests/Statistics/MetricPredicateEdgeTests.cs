using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// Where a metric meets the predicate of its clause: words of the predicate left at the end of the words before a
/// figure, and the verb a noun read after a count runs into.
/// </summary>
public sealed class MetricPredicateEdgeTests
{
    [Theory]
    // The 在 of a level, 同比 and an adverb of range are the predicate's, not the counted thing's; a bound is the number's
    // qualifier, with a space before the digits too.
    [InlineData("该村民宿的房价普遍在300元左右。", "民宿的房价")]
    [InlineData("今年新建住宅的装配率不低于 40%。", "新建住宅的装配率")]
    [InlineData("今年全区粮食亩产都在600公斤以上。", "粮食亩产")]
    [InlineData("全市猪肉价格同比由上月下降转为上涨5%。", "猪肉价格")]
    // 一共 goes whole: 共 alone would leave its 一.
    [InlineData("今年全县一共12个。", "今年全县")]
    // Guards: a noun that ends in 在 keeps it; 平均 alone is the measure.
    [InlineData("全镇共排查安全隐患所在12处。", "安全隐患所在")]
    [InlineData("城区平均降雨量平均52毫米。", "城区平均降雨量平均")]
    public void AWordOfThePredicateLeavesTheEndOfTheMetric(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // After 为, 给, 向 or 帮助, the count and its noun stand before the verb of the clause, which ends the noun.
    [InlineData("社区为12名困难学生现场发放助学金。", "困难学生")]
    [InlineData("志愿者向300户村民送上慰问品。", "村民")]
    [InlineData("协会为其余20名残疾儿童落实康复训练。", "残疾儿童")]
    // After 为, a modifier closed by 的, or a list closed by 等, may stand between the preposition and the count, however long.
    [InlineData("村委会为村里考上大学的11名优秀学生发放助学金。", "优秀学生")]
    [InlineData("民政局为低保、特困、散居孤儿等2955户家庭发放高温补贴。", "家庭")]
    // After such a modifier, 维修 or 免费 followed by a word for people to the noun's end modifies them: no verb.
    [InlineData("公司为辖区内各乡镇的20名专职维修人员提供培训。", "专职维修人员")]
    [InlineData("以乡村振兴为重要主题的30名驻村免费医生参加。", "驻村免费医生")]
    // Guards: after the 为 of 以…为 the verb still ends the noun; right after the preposition a verb with people for its
    // object is the verb.
    [InlineData("以乡村振兴为重要主题的30名驻村医生发放补贴。", "驻村医生")]
    [InlineData("工作队向40个重点工程项目派出人员协助检查。", "重点工程项目")]
    // Guards: at the noun's first character the verb begins it; outside the frame the noun runs on as before.
    [InlineData("学校为5名免费师范生颁发证书。", "免费师范生")]
    [InlineData("全县建成3个发放点。", "发放点")]
    // Guards: 评为 is no preposition of a recipient, so words closed by 的 after it open no frame; after 向 only a few
    // characters do (the category rules read no 向 as for whom).
    [InlineData("评为示范户的30户家庭发放补贴。", "家庭发放补贴")]
    [InlineData("民政局向低保、特困、散居孤儿等2955户家庭发放高温补贴。", "家庭发放高温补贴")]
    public void ACountAfterAPrepositionOfARecipientEndsBeforeTheVerb(string paragraph, string metric)
    {
        var statistic = Extract(paragraph)[0];

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // 分为 "is divided into" links what is divided to the number of its parts: its 分 is no part of the noun, before the
    // count or after it.
    [InlineData("本次比赛分为两场。", "比赛")]
    [InlineData("补助类型分为两种。", "补助类型")]
    [InlineData("20支代表队分为3组进行比赛。", "代表队")]
    [InlineData("30余人的联合整治队伍分为了两个工作小组。", "联合整治队伍")]
    // 平均 "evenly" before 分为 would end the noun alone: 平均分 stays whole, as the average score does.
    [InlineData("将救灾物资平均分为3份。", "救灾物资平均分")]
    // Guard: a word that ends in 分 keeps it, and only 为 links.
    [InlineData("项目资金中的一部分为200万元。", "项目资金中的一部分")]
    [InlineData("全县被划分为120个网格。", "网格")]
    [InlineData("3名学生得分为满分。", "学生")]
    // Guard: 均分 is not listed, so its 均 goes as an adverb.
    [InlineData("将救灾物资均分为3份。", "救灾物资")]
    public void DividedIntoLinksWhatIsDividedToItsParts(string paragraph, string metric)
    {
        var statistic = Extract(paragraph)[0];

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // A verb or adverb that opens the predicate (联名, 抢收, 授牌, 却) ends the noun after the count.
    [InlineData("会上40名代表联名提交议案。", "代表")]
    [InlineData("全镇调集30台收割机抢收小麦。", "收割机")]
    [InlineData("活动中12支服务队授牌成立。", "服务队")]
    // Guard: at the noun's first character the verb begins it.
    [InlineData("信访办共收到3封联名信。", "联名信")]
    public void AVerbOfThePredicateEndsTheNounAfterTheCount(string paragraph, string metric)
    {
        var statistic = Extract(paragraph)[0];

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // Words whose second character is a stop character are read whole: 行为 is a noun; 惠及 is a verb that ends it.
    [InlineData("今年共查处8起企业排污行为。", "企业排污行为")]
    [InlineData("发放3万斤有机肥料惠及200户。", "有机肥料")]
    // 各界 is a noun, not the filler 各.
    [InlineData("各界群众共200余人参加。", "各界群众")]
    public void ATwoCharacterWordIsNotSplitAtItsStopCharacter(string paragraph, string metric)
    {
        var statistic = Extract(paragraph)[0];

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // A figure inside speech opened after the narration reads its words from the opening quotation mark on.
    [InlineData("工人们正在车间里忙碌“我上个月工资拿了5000多元，比去年多”，他说。", "我上个月工资拿")]
    [InlineData("记者走访了解到“这个牌子的饼干外面卖15元一斤，这里便宜”。", "牌子的饼干外面卖")]
    // Guard: a quoted name closed before the figure is no speech.
    [InlineData("全区今年建成“口袋公园”12个。", "口袋公园")]
    public void AFigureInsideSpeechReadsNoWordsOfTheNarration(string paragraph, string metric)
    {
        var statistic = Extract(paragraph)[0];

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // People a verb gathers, with no noun of their own, are named by what they do after their count: taking part alone
    // (in the events counted just before, when there are), or the object of 进行 or of 参与, whatever the words before.
    [InlineData("社区举办消夏晚会，吸引400多人参加。", "参加")]
    [InlineData("今年已举办读书会36场，吸引2000余人参与。", "读书会（参与）")]
    [InlineData("县应急局紧急调集各方力量出动300余人进行排查。", "排查")]
    [InlineData("协会组织1200多人次参与巡河。", "参与巡河")]
    // Guards: people named after the count keep their noun; with nothing done after them the words before stay.
    [InlineData("活动吸引15名退休教师参加。", "退休教师")]
    [InlineData("镇里连夜出动150人。", "镇里连夜出动")]
    public void PeopleAVerbGathersAreNamedByWhatTheyDo(string paragraph, string metric)
    {
        var statistic = Extract(paragraph)[^1];

        Assert.Equal(metric, statistic.Metric);
    }

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
