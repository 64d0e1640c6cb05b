using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class MetricAndCategoryTests
{
    [Theory]
    [InlineData("全镇登记志愿者3120人。", "登记志愿者", "volunteers")]
    [InlineData("今年共举办各类读书讲座46场。", "读书讲座", "activities")]
    [InlineData("观展人数达8万余人次。", "观展人数", "participants")]
    [InlineData("慰问了28位留守儿童。", "留守儿童", "beneficiaries")]
    [InlineData("惠及居民3200户。", "居民", "beneficiaries")]
    [InlineData("项目占地面积120亩。", "占地面积", "infrastructure")]
    [InlineData("组织辖区60余家企业参加招聘会。", "企业", "organizations")]
    [InlineData("城市绿化覆盖率达42%。", "城市绿化覆盖率", "environment")]
    [InlineData("森林覆盖率提高到31.2%。", "森林覆盖率", "environment")]
    [InlineData("评选产生“十佳少年”10名。", "十佳少年", "honorees")]
    [InlineData("完成固定资产投资12亿元。", "固定资产投资", "economy")]
    [InlineData("新修乡村道路36公里。", "新修乡村道路", "infrastructure")]
    [InlineData("表彰“最美家庭”50户。", "最美家庭", "honorees")]
    [InlineData("新建5G基站320个。", "5G基站", "infrastructure")]
    [InlineData("城镇登记失业率控制在3.5%以内。", "城镇登记失业率", "economy")]
    [InlineData("栽植各类苗木15万株。", "苗木", "environment")]
    [InlineData("PM2.5平均浓度为38微克/立方米。", "PM2.5平均浓度", "environment")]
    [InlineData("培训垃圾分类指导员1300名。", "垃圾分类指导员", "participants")]
    [InlineData("全区安排市区重点项目86个。", "市区重点项目", "economy")]
    [InlineData("新增市场主体5300余户。", "市场主体", "economy")]
    [InlineData("培育志愿服务品牌项目35个。", "志愿服务品牌项目", "activities")]
    [InlineData("新增托位383个。", "托位", "infrastructure")]
    [InlineData("建成安置点12个。", "安置点", "infrastructure")]
    [InlineData("以涉嫌销售假冒产品罪提起公诉6人。", "产品罪", "other")]
    [InlineData("连夜转移受威胁群众3.5万人。", "受威胁群众", "beneficiaries")]
    [InlineData("医护人员转运6名重伤群众。", "重伤群众", "beneficiaries")]
    [InlineData("学校已安置受灾群众80名。", "受灾群众", "beneficiaries")]
    [InlineData("为毕业生提供了120个就业岗位。", "就业岗位", "economy")]
    [InlineData("收集企业诉求45件。", "企业诉求", "other")]
    [InlineData("该村平均海拔1500米。", "海拔", "other")]
    [InlineData("成立8个督导小组。", "督导小组", "organizations")]
    [InlineData("全市高新技术企业受惠面达85%。", "高新技术企业受惠面", "economy")]
    [InlineData("猪肉价格影响总指数下降约0.22个百分点。", "总指数", "economy")]
    [InlineData("编制3196个村庄规划。", "村庄规划", "other")]
    [InlineData("业务分布于19个城市。", "城市", "organizations")]
    [InlineData("专家组深入山区6县（区）开展指导。", "县", "organizations")]
    [InlineData("其余4市解除预警。", "市", "organizations")]
    [InlineData("服务覆盖全区12村（社区）。", "村", "organizations")]
    [InlineData("新改建农村卫生户厕15.9万座。", "户厕", "infrastructure")]
    [InlineData("暑运以来服务旅客超60万人次。", "旅客", "beneficiaries")]
    [InlineData("全年直接服务小学生8000余人。", "小学生", "beneficiaries")]
    [InlineData("这期夏令营预计服务800名新市民。", "新市民", "beneficiaries")]
    [InlineData("驿站已累计服务2100余名外卖骑手。", "外卖骑手", "beneficiaries")]
    [InlineData("应急服务队已有服务队员360名。", "服务队员", "volunteers")]
    [InlineData("全区有3个项目获金奖。", "项目", "honorees")]
    [InlineData("15名队员获表彰。", "队员", "honorees")]
    [InlineData("全县共有国道3条。", "国道", "infrastructure")]
    [InlineData("体育场设有3万个座位。", "座位", "infrastructure")]
    [InlineData("调派25名指战员赶往现场。", "指战员", "participants")]
    [InlineData("由30名官兵组成突击队。", "官兵", "participants")]
    [InlineData("2名救援人员在搜救中遇难。", "救援人员", "other")]
    [InlineData("该产业园占地120亩。", "占地", "infrastructure")]
    [InlineData("违法占地60亩。", "违法占地", "other")]
    [InlineData("洪水冲毁农房23间。", "农房", "infrastructure")]
    [InlineData("发放防溺水宣传资料5000份。", "宣传资料", "other")]
    [InlineData("发放饮用水300箱。", "饮用水", "other")]
    [InlineData("企业现场招聘120人。", "招聘", "economy")]
    [InlineData("100余名志愿者协助做好安置工作。", "志愿者", "volunteers")]
    [InlineData("乡里调派25名干部开展转移工作。", "干部", "other")]
    [InlineData("300名群众已安全转移。", "群众", "beneficiaries")]
    [InlineData("全年受惠群众超过2800万名。", "受惠群众", "beneficiaries")]
    [InlineData("全省农村从业劳动力总量达到935.3万人。", "劳动力", "economy")]
    [InlineData("全年涨幅较上年同期缩窄1.6个百分点。", "涨幅", "economy")]
    public void NamesWhatIsCountedAndFilesItUnderACategory(string paragraph, string metricPart, string category)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Contains(metricPart, statistic.Metric);
        Assert.Equal(category, statistic.Category);
    }

    [Theory]
    [InlineData("全县共有注册志愿者8000人，其中青年学生3000人。", "volunteers")]
    [InlineData("累计完成造林2.4万亩，其中，人工造林1.1万亩。", "environment")]
    public void APartAfterQiZhongIsFiledWithTheWhole(string paragraph, string category)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(2, statistics.Count);
        Assert.Equal(category, statistics[0].Category);
        Assert.Equal(category, statistics[1].Category);
    }

    [Fact]
    public void AChangeAgainstAYearMeasuresTheSubjectBefore()
    {
        var statistics = Extract("全区本科上线考生1546人，比2022年增加20人。");

        Assert.Equal(statistics[0].Metric, statistics[1].Metric);
    }

    [Fact]
    public void AChangeAgainstTheBudgetMeasuresTheSubjectBefore()
    {
        var statistics = Extract("公务接待费182万元，比年初预算下降91.4%。");

        Assert.Contains("公务接待费", statistics[1].Metric);
    }

    [Fact]
    public void FasterThanAnEarlierPeriodMeasuresTheSubjectBefore()
    {
        var statistics = Extract("工业投资同比增长8.9%，比一季度快0.3个百分点。");

        Assert.Equal(2, statistics.Count);
        Assert.Contains("工业投资", statistics[1].Metric);
        Assert.Equal("economy", statistics[1].Category);
    }

    [Fact]
    public void APartKeepsItsOwnCategoryWhenTheWholeIsOther()
    {
        var statistics = Extract("已转运各类物资2万吨，其中生活垃圾800吨。");

        Assert.Equal("other", statistics[0].Category);
        Assert.Equal("environment", statistics[1].Category);
    }

    [Fact]
    public void WhatIsSaidAfterTheCountedNounAndDeIsSaidOfWhatTheyOwn()
    {
        var statistic = Assert.Single(Extract("全国12个城市的年度考核结果已经揭晓。"));

        Assert.Equal("城市", statistic.Metric);
        Assert.NotEqual("honorees", statistic.Category);
    }

    [Fact]
    public void QiZhongInsideAClauseMakesNoPart()
    {
        var statistics = Extract("全县共有注册志愿者8000人，活动其中青年学生3000人参加。");

        Assert.NotEqual("volunteers", statistics[1].Category);
    }

    [Fact]
    public void AVerbBetweenTheCountedThingAndItsNumberIsNotPartOfIt()
    {
        var statistic = Assert.Single(Extract("固定资产投资完成86亿元。"));

        Assert.Equal("固定资产投资", statistic.Metric);
    }

    [Fact]
    public void AChangeFromAnEarlierValueCountsWhatChanges()
    {
        var statistics = Extract("社区居民满意度从上年的85%提高到92%。");

        Assert.Equal(["社区居民满意度", "社区居民满意度"], statistics.Select(s => s.Metric));
        Assert.Equal([85m, 92m], statistics.Select(s => s.Value));
    }

    [Theory]
    [InlineData("社区从事志愿服务的人员达到500人。", "社区从事志愿服务的人员")]
    [InlineData("南岸区3组织入选全市榜单。", "组织")]
    [InlineData("全省2社区获评示范社区。", "社区")]
    [InlineData("今年共接听来电1.5万余个。", "来电")]
    [InlineData("街道招募\"小巷管家\"百余名。", "小巷管家")]
    [InlineData("开展\"邻里守望\"主题活动30场。", "主题活动")]
    [InlineData("一座面积约120平方米的驿站建成了。", "面积")]
    [InlineData("这座屋顶光伏电站占地60亩。", "屋顶光伏电站占地")]
    [InlineData("该项目占地60亩。", "项目占地")]
    [InlineData("这件刺绣耗时50个小时。", "刺绣耗时")]
    [InlineData("这段河道长12公里。", "河道长")]
    [InlineData("该类存款余额为900万元。", "存款余额")]
    [InlineData("该案造成直接经济损失6万元。", "造成直接经济损失")]
    [InlineData("该案件涉案金额80万元。", "案件涉案金额")]
    [InlineData("一类居住用地面积为300亩。", "一类居住用地面积")]
    [InlineData("每月接待环卫工人、快递员等两千余人次。", "环卫工人、快递员")]
    [InlineData("去年，3.2万名户外劳动者享受到驿站服务。", "户外劳动者")]
    public void NamesTheCountedThing(string paragraph, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
    }

    [Fact]
    public void ThisFigureMeansTheFigureBefore()
    {
        var statistics = Extract("去年服务户外劳动者3.2万名，今年这一数字已增加到4.5万名。");

        Assert.Equal(2, statistics.Count);
        Assert.EndsWith("户外劳动者", statistics[0].Metric);
        Assert.Equal(statistics[0].Metric, statistics[1].Metric);
    }

    [Fact]
    public void ASecondCountAfterAListCommaIsAStatisticOfItsOwn()
    {
        var statistics = Extract("表彰十名区级道德模范、二十名“红桥好人”。");

        Assert.Equal(["区级道德模范", "红桥好人"], statistics.Select(s => s.Metric));
        Assert.Equal([10m, 20m], statistics.Select(s => s.Value));
    }

    [Fact]
    public void AListClosedByDengCountsTheNounAfterIt()
    {
        var statistic = Assert.Single(Extract("为困难群众送去米面油等生活物资2000余份。"));

        Assert.Equal("生活物资", statistic.Metric);
    }

    [Theory]
    [InlineData("投入专项资金860万元，较去年增长两成。")]
    [InlineData("投入专项资金860万元，比上年同期增长两成。")]
    [InlineData("投入专项资金860万元，与去年相比增长两成。")]
    [InlineData("投入专项资金860万元，是去年同期的两成。")]
    public void AChangeAgainstAnEarlierPeriodMeasuresTheSubjectBeforeIt(string paragraph)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(2, statistics.Count);
        Assert.StartsWith("专项资金（", statistics[1].Metric);
        Assert.Equal(20m, statistics[1].Value);
        Assert.Equal(StatisticCategory.Economy, statistics[1].Category);
    }

    [Fact]
    public void ATargetCountsWhatItAimsAtWithoutItsYearOrItsModalWords()
    {
        var statistic = Assert.Single(Extract("下一步，我区将力争到2025年注册志愿者人数突破15万人。"));

        Assert.Equal("注册志愿者人数", statistic.Metric);
        Assert.Equal(StatisticCategory.Volunteers, statistic.Category);
        Assert.Equal(StatisticQualifier.Over, statistic.Qualifier);
    }

    [Fact]
    public void ReadsTheCountedNounAfterTheMeasureWord()
    {
        var statistic = Assert.Single(Extract("他常年照顾5位残疾老人的生活。"));

        Assert.Equal("残疾老人", statistic.Metric);
        Assert.Equal(StatisticCategory.Beneficiaries, statistic.Category);
    }

    [Fact]
    public void CarriesTheSubjectOfAListOverToTheFiguresThatFollow()
    {
        var statistics = Extract("收集群众建议560条，已办结430条，采纳120条。");

        Assert.Equal(["群众建议", "群众建议（办结）", "群众建议（采纳）"], statistics.Select(s => s.Metric));
        Assert.All(statistics, s => Assert.Equal(statistics[0].Category, s.Category));
    }

    [Fact]
    public void NamesTheHonourAPersonCountReceivedWhenNothingLeadsTheNumber()
    {
        var statistic = Assert.Single(Extract("其中3人获评“优秀共产党员”。"));

        Assert.Equal("优秀共产党员", statistic.Metric);
        Assert.Equal(StatisticCategory.Honorees, statistic.Category);
    }

    [Fact]
    public void TakesTheHeadNounAfterAQuotedProgrammeName()
    {
        var statistic = Assert.Single(Extract("开展“邻里守望”“书香家庭”等主题活动80余场。"));

        Assert.Equal("主题活动", statistic.Metric);
    }

    [Fact]
    public void GivesAShareOfAPopulationTheCategoryOfTheFigureItDescribes()
    {
        var statistics = Extract("注册志愿者3万人，占全县人口的8%。");

        Assert.Equal(StatisticCategory.Volunteers, statistics[1].Category);
    }

    [Fact]
    public void ACarriedSubjectCountedInAnotherUnitIsReadAgain()
    {
        var statistics = Extract("房屋一般损坏18户35间，冲毁鱼塘1处50亩。");

        Assert.Equal(["other", "infrastructure", "other", "environment"], statistics.Select(s => s.Category));
    }

    [Fact]
    public void ABareRateAfterAnotherFigureMeasuresTheSameSubject()
    {
        var statistics = Extract("农村公路列养率达100%，优良率达85%以上。");

        Assert.Equal(["infrastructure", "infrastructure"], statistics.Select(s => s.Category));
    }

    [Fact]
    public void AQuotedNameBeforeANounModifiesIt()
    {
        var statistic = Extract("全市194个“湘商回归”投资项目实际到位资金357.2亿元。")[0];

        Assert.StartsWith("投资项目", statistic.Metric);
        Assert.Equal("economy", statistic.Category);
    }

    [Fact]
    public void AQuotedNameThatEndsInANounIsTheNoun()
    {
        var statistic = Assert.Single(Extract("两支“服务队”围绕“枫桥式派出所”建设目标开展工作。"));

        Assert.Equal("服务队", statistic.Metric);
        // A service team is a volunteer team only when its name says so (志愿服务队).
        Assert.Equal("organizations", statistic.Category);
    }

    [Fact]
    public void ARateOfChangeOfACarriedSubjectKeepsItsCategory()
    {
        var statistics = Extract("共发现江豚1249头，比5年前的1012头增加23%。");

        Assert.Equal(3, statistics.Count);
        Assert.All(statistics, s => Assert.Equal(statistics[0].Category, s.Category));
        Assert.Equal("environment", statistics[0].Category);
    }

    [Theory]
    // People before the head of a body say whose body it is: the bodies are still organisations.
    [InlineData("已有20支退役军人救援队赶赴灾区。", StatisticCategory.Organizations)]
    [InlineData("成立5个老年人协会。", StatisticCategory.Organizations)]
    [InlineData("组建8个工作专班。", StatisticCategory.Organizations)]
    [InlineData("全省已有6个市州开展试点。", StatisticCategory.Organizations)]
    // Taking part, inside a phrase that ends in a word for people, says what they did.
    [InlineData("参加健康讲座活动群众800余人。", StatisticCategory.Participants)]
    // Recycling and landfill are the environment's, whatever is recycled.
    [InlineData("全县回收废旧物资3万吨。", StatisticCategory.Environment)]
    [InlineData("比上年减少填埋量8%。", StatisticCategory.Environment)]
    // Vehicles, boats, pumps and equipment are things, not the water a word of their name holds.
    [InlineData("配备10辆水陆两栖车。", StatisticCategory.Other)]
    [InlineData("调来4台潜水泵。", StatisticCategory.Other)]
    [InlineData("建成3个泵站。", StatisticCategory.Infrastructure)]
    // A prize of any name is an honour; rules and policies are no built works, whatever verb made them.
    [InlineData("另有优秀奖10名。", StatisticCategory.Honorees)]
    [InlineData("另有鼓励奖8名。", StatisticCategory.Honorees)]
    [InlineData("新建制度50项。", StatisticCategory.Other)]
    // Livestock are husbandry, not people helped.
    [InlineData("因旱饮水困难牲畜2万头。", StatisticCategory.Economy)]
    // Trunk roads and alleys are built works; county towns, places counted as units.
    [InlineData("整治主次干道4条。", StatisticCategory.Infrastructure)]
    [InlineData("整治背街小巷12条。", StatisticCategory.Infrastructure)]
    [InlineData("全省现有县城27个。", StatisticCategory.Organizations)]
    [InlineData("新建7个派出所。", StatisticCategory.Organizations)]
    // A province, city or district counted by its level's character alone is a place counted as a unit; inside a
    // phrase that character belongs to another word (区块, 省级专科).
    [InlineData("活动覆盖全省6个市。", StatisticCategory.Organizations)]
    [InlineData("该市下辖9个区。", StatisticCategory.Organizations)]
    [InlineData("油田新探明3个区块。", StatisticCategory.Other)]
    // Benefiting inside a phrase of people says they were helped; working as labourers is jobs; the CPI is economy.
    [InlineData("受益乡村儿童5800多名。", StatisticCategory.Beneficiaries)]
    [InlineData("监测对象务工539人。", StatisticCategory.Economy)]
    [InlineData("CPI同比下降0.3%。", StatisticCategory.Economy)]
    // A purchasing managers' index is business activity, not the particulate matter PM names; output is economy.
    [InlineData("8月份服务业PMI下降0.4个百分点。", StatisticCategory.Economy)]
    [InlineData("制造业PMI上升0.2个百分点至50.1。", StatisticCategory.Economy)]
    [InlineData("综合产出指数回落1.1个百分点。", StatisticCategory.Economy)]
    // A rate of recycling is the environment's; bus shelters are built works; goods handed out are things.
    [InlineData("全市生活垃圾回收利用率达到40%。", StatisticCategory.Environment)]
    [InlineData("新建公交候车亭80个。", StatisticCategory.Infrastructure)]
    [InlineData("送去矿泉水300箱。", StatisticCategory.Other)]
    // Shortlisted things are honoured, as selected ones are; a title before the head makes the counted an honour.
    [InlineData("全省18个县入围。", StatisticCategory.Honorees)]
    [InlineData("拥有卫生村称号的12个村。", StatisticCategory.Honorees)]
    // Governments counted are bodies; people educated by a campaign were reached; suspects checked are no participants.
    [InlineData("共督查23个县级政府。", StatisticCategory.Organizations)]
    [InlineData("开展普法宣传，受教育群众3000余人。", StatisticCategory.Participants)]
    [InlineData("盘查可疑人员450人次。", StatisticCategory.Other)]
    // Sluices and water stations are built works.
    [InlineData("暴雨致16座水闸损毁。", StatisticCategory.Infrastructure)]
    [InlineData("全县264座农村供水站停运。", StatisticCategory.Infrastructure)]
    [InlineData("累计稳岗50万个。", StatisticCategory.Economy)]
    [InlineData("街道品牌志愿服务团队5支。", StatisticCategory.Volunteers)]
    [InlineData("部署12架专业救助直升机。", StatisticCategory.Other)]
    public void TheCategoryOfBodiesWasteVehiclesPrizesGoodsAndLivestock(string paragraph, string category)
    {
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);
    }

    [Theory]
    // Incidents are things that happened, other: never the crossing, the body or the wildlife the phrase names with them.
    [InlineData("其中3起为行人闯红灯横穿路口。", StatisticCategory.Other)]
    [InlineData("今年以来处置涉野生动物警情5起。", StatisticCategory.Other)]
    [InlineData("已将两起线索移送市场监管部门。", StatisticCategory.Other)]
    [InlineData("全年办理法律援助案件46起。", StatisticCategory.Activities)]
    [InlineData("帮助化解居民实际困难90余起。", StatisticCategory.Beneficiaries)]
    // Households after the village or community they live in are families, not the place.
    [InlineData("该自然村一共是58户。", StatisticCategory.Other)]
    [InlineData("这个社区共有730户。", StatisticCategory.Other)]
    [InlineData("全镇新增家庭农场41户。", StatisticCategory.Organizations)]
    [InlineData("走访辖区困难家庭88户。", StatisticCategory.Beneficiaries)]
    // A team whose field ends in its head is a body; only volunteer teams are volunteers.
    [InlineData("全县组建政策宣讲队伍24支。", StatisticCategory.Organizations)]
    [InlineData("组建招商引资小分队8个。", StatisticCategory.Organizations)]
    [InlineData("组建文艺演出队11支。", StatisticCategory.Organizations)]
    [InlineData("组建青年志愿服务小分队7个。", StatisticCategory.Volunteers)]
    [InlineData("打掉电信诈骗犯罪团伙16个。", StatisticCategory.Other)]
    // People evacuated, treated or rescued were helped, though the noun names them as visitors or patients.
    [InlineData("景区当天疏散游客2600余人。", StatisticCategory.Beneficiaries)]
    [InlineData("该院全年救治危重患者470余人。", StatisticCategory.Beneficiaries)]
    [InlineData("当天接待游客3.1万人次。", StatisticCategory.Participants)]
    [InlineData("累计抓获违法嫌疑人37人。", StatisticCategory.Other)]
    public void IncidentsHouseholdsTeamsAndPeopleHelpedAreFiledAsWhatTheyCount(string paragraph, string category)
    {
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);
    }

    [Theory]
    // People who gather (齐聚, 相聚, 欢聚) or sit in on a hearing (旁听) took part; the verb opens the predicate, so the
    // noun before it is what is counted. Businesses gathering are still businesses.
    [InlineData("四十余名退休教师齐聚一堂畅谈变化。", "退休教师", StatisticCategory.Participants)]
    [InlineData("20名返乡青年相聚村史馆。", "返乡青年", StatisticCategory.Participants)]
    [InlineData("35名人大代表旁听了案件审理。", "人大代表", StatisticCategory.Participants)]
    [InlineData("70多名老战士欢聚一堂。", "老战士", StatisticCategory.Participants)]
    [InlineData("上百家农业企业齐聚博览会。", "农业企业", StatisticCategory.Organizations)]
    public void PeopleWhoGatherOrSitInTookPart(string paragraph, string metric, string category)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal(metric, statistic.Metric);
        Assert.Equal(category, statistic.Category);
    }

    [Theory]
    // A share whose words open with 占 describes the figure before it, as one after 的 does; a share of businesses is a
    // rate of them, economy.
    [InlineData("全县注册志愿者4.2万人，占常住人口比例超过11%。", StatisticCategory.Volunteers)]
    [InlineData("今年新登记个体工商户860家，占比全区9.4%。", StatisticCategory.Economy)]
    [InlineData("整治河道岸线300亩，占全镇水域面积的6%。", StatisticCategory.Environment)]
    [InlineData("其中60岁以上老人700人，占比约31%。", StatisticCategory.Other)]
    public void AShareOfTheFigureBeforeTakesItsCategory(string paragraph, string category)
    {
        Assert.Equal(category, Extract(paragraph)[^1].Category);
    }

    [Theory]
    // A volunteer body's members and its size are volunteers; a rescue team's or an association's members stay other.
    [InlineData("“银发”志愿服务队成立三年，现有成员52人。", StatisticCategory.Volunteers)]
    [InlineData("这支义工队伍由大学生组成，如今已有队员四十余人。", StatisticCategory.Volunteers)]
    [InlineData("县里组建了一支150余人的志愿者宣讲队伍。", StatisticCategory.Volunteers)]
    [InlineData("该应急救援队现有队员26人。", StatisticCategory.Other)]
    [InlineData("在志愿服务工作会上，书法协会现有会员60人。", StatisticCategory.Other)]
    [InlineData("书法协会现有会员90人。", StatisticCategory.Other)]
    public void AVolunteerBodysMembersAndSizeAreVolunteers(string paragraph, string category)
    {
        Assert.Equal(category, Extract(paragraph)[^1].Category);
    }

    [Theory]
    // 元钱 and 块钱 are yuan: 钱 is part of the unit and no noun counted, a 左右 after it qualifies the figure, and the
    // money is economy.
    [InlineData("每亩玉米预计能多收60元钱左右。", "60元钱左右", "元", StatisticCategory.Economy)]
    [InlineData("在厂里做工每月有3000块钱的工资。", "3000块钱", "块", StatisticCategory.Economy)]
    [InlineData("帮工一天能挣200块钱左右。", "200块钱左右", "块", StatisticCategory.Economy)]
    public void YuanSpokenAsQianIsMoney(string paragraph, string text, string unit, string category)
    {
        var statistic = Assert.Single(Extract(paragraph));

        Assert.Equal((text, unit, category), (statistic.Text, statistic.Unit, statistic.Category));
        Assert.DoesNotContain("钱", statistic.Metric);
    }

    [Theory]
    // After an honour counted in the sentence, a clause opening with a word of merit goes on with the list of those
    // honoured; 三星 and 四星 are titles as 五星 is. People checked or warned by the police, or disciplined, are no
    // participants nor beneficiaries. 优秀 alone only describes: riders doing volunteer service are volunteers, not honoured.
    [InlineData("共评出一等奖20项，二等奖35项，优秀组织单位9个。", StatisticCategory.Honorees)]
    [InlineData("该街道获评四星文明实践站1个，三星文明实践站6个。", StatisticCategory.Honorees)]
    [InlineData("节日期间共盘查过往人员1200人次。", StatisticCategory.Other)]
    [InlineData("交警现场教育劝导骑车人员410人次。", StatisticCategory.Other)]
    // 批评教育帮助, the mildest form of Party discipline, disciplines those it counts; 帮助 alone still helps.
    [InlineData("全年批评教育帮助和处理党员干部32人。", StatisticCategory.Other)]
    [InlineData("志愿者帮助困难群众120人。", StatisticCategory.Beneficiaries)]
    [InlineData("20名优秀青年骑手参与了此次志愿服务。", StatisticCategory.Volunteers)]
    public void HonoursListedOnAndPeopleThePoliceCheck(string paragraph, string category)
    {
        Assert.Equal(category, Extract(paragraph)[^1].Category);
    }

    [Fact]
    public void PeopleCountedRightAfterACountOfEventsTookPart()
    {
        var statistics = Extract("开展政策宣讲活动9场次400人，走访慰问12次80户。");

        Assert.Equal(
            [StatisticCategory.Activities, StatisticCategory.Participants, StatisticCategory.Activities, StatisticCategory.Beneficiaries],
            statistics.Select(statistic => statistic.Category));
    }

    [Theory]
    // Counts listed together share the predicate after the last of them, as they share its noun.
    [InlineData("共有12个、8个村上榜。")]
    [InlineData("河北、山西分别有12个、9个县入围。")]
    public void CountsListedTogetherShareTheirPredicatesHonour(string paragraph)
    {
        Assert.Equal([StatisticCategory.Honorees, StatisticCategory.Honorees], Extract(paragraph).Select(s => s.Category));
    }

    [Fact]
    public void PeopleInARateLeaveTheBodyRuleAlone()
    {
        // 比重 measures a share of people: the body rule (救援队, 协会) does not make it an organisation.
        Assert.NotEqual(StatisticCategory.Organizations, Assert.Single(Extract("失业人口比重上升0.5个百分点。")).Category);
    }

    [Fact]
    public void ARateIsNeverEventsHeld()
    {
        // 活动 is events held when counted in 场; an index of business activity is the economy.
        Assert.Equal(StatisticCategory.Economy, Assert.Single(Extract("本月商务活动指数为51.6%。")).Category);
    }

    [Fact]
    public void AnAreaRestatedInAnotherUnitKeepsTheCategoryOfTheFirst()
    {
        // 亩 alone would be land (environment); here it restates the area in square metres, which is built works.
        Assert.Equal([StatisticCategory.Infrastructure, StatisticCategory.Infrastructure], Extract("厂区占地面积4万平方米（约60亩）。").Select(s => s.Category));
    }

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
