using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// The metric rules for counts that share a noun or follow one another in a list, changes against a comparison, spans of
/// time, lists handed out by 分别, and what befell the people counted.
/// </summary>
public sealed class MetricRulesTests
{
    [Theory]
    // A count right after another counts the same thing.
    [InlineData("紧急撤离转移120户386人。", new[] { "紧急撤离转移", "紧急撤离转移" })]
    [InlineData("新增农田3处80亩。", new[] { "农田", "农田" })]
    [InlineData("新引进5亿元以上产业项目21个。", new[] { "产业项目", "产业项目" })]
    // A short lead after a count of things is what was done to them, unless it is a noun of its own, the next item.
    [InlineData("今年征集微心愿300余个，已认领260余个。", new[] { "微心愿", "微心愿（认领）" })]
    [InlineData("新建公园12个，改造8个。", new[] { "公园", "公园（改造）" })]
    [InlineData("全市获金奖3项、银奖5项、铜奖7项。", new[] { "获金奖", "银奖", "铜奖" })]
    // Nor is a lead after the list comma that closes the count before, or before the one that opens the next item.
    [InlineData("向灾区捐赠大米3000斤、面粉800斤、食用油500斤。", new[] { "大米", "面粉", "食用油" })]
    [InlineData("今年种植小麦1200亩，花生900余亩、芝麻300亩。", new[] { "小麦", "花生", "芝麻" })]
    // Unless 其中 makes the list parts of the count before, the lead is a verb, or a superlative.
    [InlineData("受理投诉案件900件，其中调解500件、撤诉200件。", new[] { "投诉案件", "投诉案件（调解）", "投诉案件（撤诉）" })]
    [InlineData("新建公园12个、改造8个。", new[] { "公园", "公园（改造）" })]
    [InlineData("单间面积最小9平方米、最大40平方米。", new[] { "单间面积最小", "单间面积最小（最大）" })]
    // A lead that is the whole subject again names it, not itself as an action on it.
    [InlineData("去年面积600亩，今年面积800亩。", new[] { "面积", "面积" })]
    // A qualified number, or a total and its number, after a noun begins the next count; the total counts the same thing.
    [InlineData("全市共有2.1万个家庭超过6万人参与。", new[] { "家庭", "家庭" })]
    [InlineData("覆盖两个镇共36个行政村。", new[] { "镇", "行政村" })]
    [InlineData("组建4支队伍共80人。", new[] { "队伍", "队伍" })]
    // A count followed at once by a qualified count that describes a noun through 的 counts that noun, not the one before.
    [InlineData("全镇涉及12个村45条约86公里的村级道路。", new[] { "村", "村级道路", "村级道路" })]
    // Without 的 the words after the next count are no noun it describes: the count before is named as it was.
    [InlineData("全县紧急转移305户近1200人。", new[] { "紧急转移", "紧急转移" })]
    public void ACountAfterAnotherReadsTheSameThingOrItsOwn(string paragraph, string[] metrics)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(metrics, statistics.Select(s => s.Metric));
    }

    [Fact]
    public void CountsListedTogetherShareTheNounAfterTheLast()
    {
        var statistics = Extract("可选8元、10元、15元套餐。");

        Assert.Equal(["套餐", "套餐", "套餐"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void AOneCharacterNounBeforeTheNextCountIsTheWholeNoun()
    {
        var statistics = Extract("全区5个乡镇21个村390户受灾。");

        Assert.Equal(["乡镇", "村", "受灾"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void PeopleListedAfterPlacesAreNoneOfThePlaces()
    {
        var statistics = Extract("暴雨期间全县紧急安置9个乡镇、41个村、3.2万人。");

        Assert.Equal(["乡镇", "村"], statistics.Take(2).Select(s => s.Metric));
        Assert.Contains("安置", statistics[2].Metric);
        Assert.DoesNotContain("村", statistics[2].Metric);
    }

    [Theory]
    [InlineData("全市已组建15支、共计620人的森林防火队伍。", "森林防火队伍")]
    [InlineData("镇里慰问了40多户、近90名独居老人。", "独居老人")]
    public void ATotalOrAQualifierOpensTheNextCountOfAList(string paragraph, string noun)
    {
        var statistics = Extract(paragraph);

        Assert.Equal([noun, noun], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void ListedCountsWithTheirOwnNounsKeepThem()
    {
        var statistics = Extract("党员50人，群众30人。");

        Assert.Equal(["党员", "群众"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void TheItemAfterTheLastListCommaLeadsTheNextCount()
    {
        var statistics = Extract("培养出5位省级劳模、市级劳模36人次。");

        Assert.Equal(["省级劳模", "市级劳模"], statistics.Select(s => s.Metric));
    }

    [Theory]
    [InlineData("新建8个乡镇卫生服务中心。", "乡镇卫生服务中心")]
    [InlineData("新招录12名中小学教师。", "中小学教师")]
    [InlineData("30名党员和群众参加义诊。", "党员和群众")]
    [InlineData("成立3支社区级“邻里帮”志愿服务队。", "志愿服务队")]
    [InlineData("学校有45名在读研究生报名。", "在读研究生")]
    public void ANounAfterTheMeasureWordRunsThroughWordsThatLookLikeItsEnd(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Fact]
    public void ANounAfterTheMeasureWordStillEndsAtIn()
    {
        var statistic = Assert.Single(Extract("有15名志愿者在中心服务。"));

        Assert.Equal("志愿者", statistic.Metric);
    }

    [Theory]
    [InlineData("全县近300公里的乡村道路已经硬化。", "乡村道路")]
    [InlineData("保护了60%以上的湿地。", "湿地")]
    public void AFigureWithDeNamesTheNounAfterIt(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Fact]
    public void AChangeFromYouToAnotherValueCountsWhatChanges()
    {
        var statistics = Extract("年均流失土壤量由3.1亿吨减少到1.2亿吨。");

        Assert.Equal(["年均流失土壤量", "年均流失土壤量"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void AChangeAgainstAnEarlierQuarterMeasuresTheSubjectBefore()
    {
        var statistics = Extract("上半年，全县工业产值20.1亿元，同比增长6.2%，比1季度加快1.4个百分点。");

        Assert.Equal("工业产值", statistics[^1].Metric[..4]);
        Assert.Contains("加快", statistics[^1].Metric);
    }

    [Theory]
    [InlineData("外贸进出口总额同比大幅增长18%。", "外贸进出口总额")]
    [InlineData("城镇登记失业率为3.1%，比上季度略有下降0.2个百分点。", "城镇登记失业率（比上季度略有下降）")]
    public void HowMuchAChangeWasGoesWithItsVerb(string paragraph, string metric)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(metric, statistics[^1].Metric);
    }

    [Theory]
    // A change after a comparison, whatever its verb and the period compared against.
    [InlineData("全区居民消费价格同比上涨1.3%。", "居民消费价格")]
    [InlineData("各项贷款余额比年初增加52亿元。", "贷款余额")]
    [InlineData("出口增速比一季度加快2.1个百分点。", "出口增速")]
    [InlineData("物价涨幅较上年同期缩窄0.7个百分点。", "物价涨幅")]
    [InlineData("全县平均降水量较常年同期偏多4成。", "平均降水量")]
    // A span of time that opens the words.
    [InlineData("主汛期以来共巡查河道2300公里。", "巡查河道")]
    [InlineData("专项整治期间共查处违法车辆56辆。", "查处违法车辆")]
    public void WordsOfChangeOrTimeNameNothingCounted(string paragraph, string metric)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(metric, statistics.Single().Metric);
    }

    [Theory]
    // A part of the year alone before a comparison says when the subject before changed again; 又 "again" between them is
    // the predicate's adverb, as the comparison is.
    [InlineData("全年清退资金120万元，同比下降20%，今年上半年又比去年同期下降8%。", "清退资金（上半年）")]
    [InlineData("全年清退资金120万元，同比下降20%，今年上半年比去年同期下降8%。", "清退资金（上半年）")]
    public void AnAdverbBeforeAComparisonNamesNothingCounted(string paragraph, string metric)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(metric, statistics[^1].Metric);
    }

    [Fact]
    public void AComparisonWithAMonthAfter环比MeasuresTheFigureBefore()
    {
        var statistics = Extract("新房网签量约8200套，环比5月增长约6%。");

        Assert.StartsWith("新房网签量", statistics[^1].Metric);
    }

    [Fact]
    public void RespectivelyHandsTheFiguresToTheListedItemsInOrder()
    {
        var statistics = Extract("小麦、玉米和大豆等主要作物产量分别增长3.1%、2.4%和5.6%。");

        Assert.Equal(["小麦", "玉米", "大豆"], statistics.Select(s => s.Metric[..2]));
    }

    [Fact]
    public void RespectivelyAfterAListOfFiguresHandsOnWhatEachCounted()
    {
        var statistics = Extract("今年以来新增家庭农场320家、合作社45个，分别增长12%、8.5%。");

        Assert.Equal(["家庭农场", "合作社", "家庭农场", "合作社"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void RespectivelyWithMoreFiguresThanItemsHandsNothingOut()
    {
        var statistics = Extract("全县工业产值和税收分别增长3.1%、2.4%和5.6%。");

        Assert.DoesNotContain(statistics, s => s.Metric is "工业产值" or "税收");
    }

    [Theory]
    [InlineData("洪水中有23名村民被困。", "村民（被困）")]
    [InlineData("帮助1.2万名妇女实现就业。", "妇女（就业）")]
    [InlineData("最终8名被困游客全部获救。", "获救")]
    [InlineData("全镇有56人主动退回补贴款。", "退回补贴款")]
    public void WhatBefellThePeopleCountedIsPartOfTheMetric(string paragraph, string metricPart)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Contains(metricPart, statistic.Metric);
    }

    [Theory]
    // An event right before the next count of people takes those as its object: the people counted first did it.
    [InlineData("60名民兵在受灾村庄连夜转移860名被困群众。", "民兵")]
    [InlineData("12名消防员共转移了近300名群众。", "消防员")]
    // An event after the people counted, with no count of people as its object, is theirs; so is one before a count
    // that names no people of its own, a part of them.
    [InlineData("全村58名村民连夜转移到学校。", "村民（转移）")]
    [InlineData("库区内的960名村民已转移900人。", "村民（转移）")]
    public void AnEventWhoseObjectIsTheNextCountOfPeopleIsNotTheirs(string paragraph, string metric)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(metric, statistics[0].Metric);
    }

    [Fact]
    public void AnEventAfterACountOfThingsIsNotAddedToIt()
    {
        var statistic = Assert.Single(Extract("3座桥梁被洪水冲毁。"));

        Assert.DoesNotContain("（", statistic.Metric);
    }

    [Theory]
    [InlineData("全年开展讲座60余场近3000人受益。", "beneficiaries")]
    [InlineData("全年开展讲座60余场3000人。", "participants")]
    public void PeopleAfterACountOfEventsTookPartUnlessTheClauseSaysOtherwise(string paragraph, string category)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(category, statistics[^1].Category);
    }

    [Fact]
    public void PeopleWhoTakePartCountWhatTheyTakePartIn()
    {
        var statistic = Assert.Single(Extract("全村就有300多人主动参与清理河道。"));

        Assert.Equal("参与清理河道", statistic.Metric);
    }

    [Fact]
    public void TheNationIsPartOfANameNotTheScope()
    {
        var statistic = Assert.Single(Extract("全国冠军共42人次。"));

        Assert.Equal("全国冠军", statistic.Metric);
    }

    [Fact]
    public void AShareIsOfWhatComesBeforeZhan()
    {
        var statistic = Assert.Single(Extract("绿色建筑面积占新建建筑面积比例为70%。"));

        Assert.Equal("绿色建筑面积", statistic.Metric);
    }

    [Fact]
    public void AChangeToANewLevelKeepsTheSubjectAndNotTheTimeOfReading()
    {
        var statistics = Extract("清姜河河水从20时35分的3.16m/s涨至20时40分的23.6m/s。");

        Assert.Equal(["清姜河河水", "清姜河河水"], statistics.Select(s => s.Metric));
    }

    [Theory]
    // The causative 使 opens a clause whose subject is what the figure measures.
    [InlineData("管网改造完成后，使全镇污水收集率提高到95%。", "污水收集率")]
    [InlineData("推广滴灌技术后，使得每亩用水量下降30%。", "每亩用水量")]
    // Guard: the 使 of 使用 begins a word.
    [InlineData("全村使用清洁能源比例达90%。", "使用清洁能源比例")]
    public void TheCausativeShiIsNoPartOfWhatIsMeasured(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Fact]
    public void AVerbOfCauseEndsTheNounAfterTheMeasure()
    {
        var statistic = Assert.Single(Extract("滑坡7000m³导致村道受阻。"));

        Assert.Equal("滑坡", statistic.Metric);
    }

    [Fact]
    public void DengHouIsAWordAndNoListOfExamples()
    {
        var statistic = Assert.Single(Extract("红灯等候时长为65秒。"));

        Assert.Equal("红灯等候时长", statistic.Metric);
    }

    [Fact]
    public void AnAverageNamesTheFigureWithTheNounItDescribes()
    {
        var statistic = Assert.Single(Extract("老年居民平均1米/秒的步速。"));

        Assert.Equal("老年居民平均步速", statistic.Metric);
    }

    [Fact]
    public void APlannedFigureIsAnotherThanTheActualOne()
    {
        var statistics = Extract("计划开工项目173个，计划到2025年建成绿道300公里。");

        Assert.Equal(["计划开工项目", "绿道"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void ABareVerbKeepsTheAdverbOfATotal()
    {
        var statistic = Assert.Single(Extract("整合各类资金，累计投入7.59亿元。"));

        Assert.Equal("累计投入", statistic.Metric);
    }

    [Fact]
    public void AShareAfterDeStandsInsideTheNounPhraseAfterIt()
    {
        var statistic = Assert.Single(Extract("该地块配建的5%公共租赁住房。"));

        Assert.Equal("公共租赁住房", statistic.Metric);
    }

    [Theory]
    [InlineData("现场11名在桥下纳凉的群众被困。", "群众（被困）")]
    [InlineData("156名招募的大学生将奔赴基层。", "大学生")]
    // A demonstrative before 的 points at the head after it.
    [InlineData("全区共有85家这样的爱心驿站。", "爱心驿站")]
    [InlineData("今年查办了9起此类的案件。", "案件")]
    // A verb that begins no noun (遭受, 涉嫌, 身穿, 适合, 需) opens the clause.
    [InlineData("救援队分赴4个遭受山洪的村庄。", "村庄")]
    [InlineData("执法人员查处了3家涉嫌虚假宣传的药店。", "药店")]
    [InlineData("现场有40余名身穿黄马甲的志愿者。", "志愿者")]
    [InlineData("推出6条适合老年人出游的旅游线路。", "旅游线路")]
    [InlineData("确定了11个需重点帮扶的乡镇。", "乡镇")]
    // A level of government of one character after the clause keeps the clause.
    [InlineData("全县挑选了5个基础较好的村开展试点。", "基础较好的村")]
    // Guards: nouns that begin like those verbs, and a noun before 的.
    [InlineData("全省12支代表队的队员参加比赛。", "代表队")]
    [InlineData("整理出7个需求清单。", "需求清单")]
    [InlineData("今年有2个班次的时间调整。", "班次")]
    public void ARelativeClauseBetweenTheCountAndItsNounIsPassedOver(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Fact]
    public void ALevelAloneInAListCountsTheNounAfterTheListAtItsLevel()
    {
        var statistics = Extract("设立1个省级、2个市级、15个县级联合执法点。");

        Assert.Equal(["省级联合执法点", "市级联合执法点", "县级联合执法点"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void APartOfACountOfPeopleSharesItsSubject()
    {
        var statistics = Extract("招募的156名志愿者中，有70人拟安排到中小学任职，剩余86人将安排到基层政府。");

        Assert.Equal(["志愿者", "志愿者", "志愿者"], statistics.Select(s => s.Metric));
        Assert.All(statistics, s => Assert.Equal("volunteers", s.Category));
    }

    [Theory]
    // A word of function read alone before or after the count names nothing; the other readings name the figure.
    [InlineData("一亩地一年能收入三千多元呢。", new[] { "一亩地一年能收入" })]
    [InlineData("每周购买3张满10元的彩票。", new[] { "每周购买", "彩票" })]
    [InlineData("这个自然村现有62户。", new[] { "自然村" })]
    // 新 "newly" opens a relative clause whose head is counted.
    [InlineData("30名新加入的会员参加了活动。", new[] { "会员" })]
    [InlineData("8名新报名的学员参加体检。", new[] { "学员" })]
    // With nothing else to name it the figure keeps the word rather than be lost; 另 "another" shares no subject.
    [InlineData("2人遇难，另1人仍在救治。", new[] { "遇难", "另" })]
    // Guards: words that begin with those characters are nouns or verbs of their own.
    [InlineData("全市有300名从业人员。", new[] { "从业人员" })]
    [InlineData("每人补贴500元。", new[] { "每人补贴" })]
    [InlineData("另有优秀奖10名。", new[] { "优秀奖" })]
    [InlineData("全县新建公园12个。", new[] { "公园" })]
    public void AWordOfFunctionAloneNamesNothingCounted(string paragraph, string[] metrics)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(metrics, statistics.Select(s => s.Metric));
    }

    [Theory]
    // 共 opening a noun (共享, 共建) is no total's adverb and stays with it.
    [InlineData("街头投放共享单车3000辆。", "共享单车")]
    [InlineData("今年新增共建单位12家。", "共建单位")]
    // After a noun read forward, 共 "in all, together" opens the predicate.
    [InlineData("4家合作社共为困难群众销售蜜桃2万斤。", "合作社")]
    [InlineData("30名小学生共赴科技馆参观。", "小学生")]
    // Guards: 共建成 is a total and a verb; 公共 and a noun of 共 stay whole.
    [InlineData("全县共建成基地12个。", "基地")]
    [InlineData("8家区域化共建单位的党员参加活动。", "区域化共建单位")]
    [InlineData("46家公共图书馆对外开放。", "公共图书馆")]
    public void GongIsATotalOnlyWhereItBeginsNoNoun(string paragraph, string metric)
    {
        var statistic = Extract(paragraph)[0];

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // An adverb that opens the predicate ends the noun read after the count.
    [InlineData("上游6条支流河道定期清淤疏浚。", "支流河道")]
    [InlineData("600多名党员干部日夜坚守在大堤上。", "党员干部")]
    [InlineData("2名走失的老人终于被找到。", "老人")]
    [InlineData("2名社工全程陪同老人就医。", "社工")]
    [InlineData("10余名矿工一度被困井下。", "矿工（被困）")]
    // 因 "because of" opens the predicate after a known noun as those adverbs do.
    [InlineData("35家银行网点因暴雨临时停业。", "银行网点")]
    // So does the causative 让 "make, let".
    [InlineData("全楼3部电梯让老人上下楼更方便。", "电梯")]
    // Guard: after no known noun 因 ends a word (原因).
    [InlineData("专家组分析了3个主要原因。", "主要原因")]
    // Guards: at the noun's first character 定期 and 正式 begin a noun.
    [InlineData("全行共发放5笔定期存款质押贷款。", "定期存款质押贷款")]
    [InlineData("村里新发展了7名正式党员。", "正式党员")]
    public void AnAdverbOfThePredicateEndsTheNounAfterTheCount(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // A long metric cut right before 和, 与, 及 or 以及 keeps the first of the nouns joined when it starts close by, and
    // else steps past the conjunction.
    [InlineData("全区文化旅游业和建筑业增加值对全区增长的贡献率超过六成。", "文化旅游业和建筑业增加值对全区增长的贡献率")]
    [InlineData("市青少年宫副主任兼书法协会秘书长张某某及本市各个区县青年书法爱好者代表共30余人参加。", "本市各个区县青年书法爱好者代表")]
    // Guard: a phrase short enough is never cut.
    [InlineData("全市软件业和金融业增加值增长8%。", "软件业和金融业增加值")]
    public void ALongMetricOpensWithNoConjunction(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // After a rate, a basis point (基点, bp) is the unit of its change or margin, not what is counted; the rate it changes to
    // is the rate's. Elsewhere 基点 is a site.
    [InlineData("本月起，个人住房贷款利率下调25个基点至3.1%。", new[] { "个人住房贷款利率下调", "个人住房贷款利率下调（至）" })]
    [InlineData("本月起，个人住房贷款利率下调25个bp（基点）至3.1%。", new[] { "个人住房贷款利率下调", "个人住房贷款利率下调（至）" })]
    [InlineData("小微企业贷款利率定为LPR+20个基点。", new[] { "小微企业贷款利率定为LPR+" })]
    [InlineData("本次共选定12个基点开展水质监测。", new[] { "基点" })]
    public void ABasisPointAfterARateIsItsUnit(string paragraph, string[] metrics)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(metrics, statistics.Select(s => s.Metric));
    }

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
