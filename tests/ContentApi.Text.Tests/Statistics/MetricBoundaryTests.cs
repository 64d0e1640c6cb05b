using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// Where the counted noun begins and ends: the predicate after it, a relative clause before it, a topic before a total,
/// one-character nouns in lists and at a clause's end, what befalls people in a list, words that begin with a measure
/// word or a numeral, 标箱 and 块钱, adverbs of a total, the 在 of a level and a copula before a noun, what befell people
/// before a word for them, a new level in a later year, a verb before 了, the metric of each count of a list or a part;
/// and the category of a physical measure, of people whose list goes on with 和, of things after a verb that gathers
/// people.
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
    [InlineData("200余名党员冒雨加固堤坝。", "党员")]
    [InlineData("12名医生应邀到乡镇义诊。", "医生")]
    [InlineData("20辆电动公交车投入运行。", "电动公交车")]
    [InlineData("社工为60余名留守儿童提供课业辅导。", "留守儿童")]
    [InlineData("30名党员结对帮扶困难家庭。", "党员")]
    [InlineData("调派15名干部配合村组开展排查。", "干部")]
    [InlineData("500余名志愿者投身防汛一线。", "志愿者")]
    // Adverbs of time, aspect and speed open the predicate too, and add nothing to what is counted.
    [InlineData("3000万元资金正在拨付到位。", "资金")]
    [InlineData("50多名队员立即出发。", "队员")]
    [InlineData("3艘冲锋舟火速赶往灾区。", "冲锋舟")]
    [InlineData("2支球队还曾夺冠。", "球队")]
    // 同步 "in step" opens the predicate; 中队 is a noun that 中 begins, no "in".
    [InlineData("5个社区同步开展义诊。", "社区")]
    [InlineData("12个消防中队迅速集结。", "消防中队")]
    [InlineData("8名队员中午抵达灾区。", "队员")]
    // 总是 is one adverb: the 总 before 是 is no part of the noun; 总队 is a noun (总 begins it).
    [InlineData("两位网格员队长总是耐心讲解。", "网格员队长")]
    [InlineData("3名消防总队干部赶到现场。", "消防总队干部")]
    [InlineData("500亩油菜花争相开放。", "油菜花")]
    [InlineData("5名队员经过艰苦跋涉抵达山顶。", "队员")]
    [InlineData("20名医生携带药品下乡。", "医生")]
    [InlineData("30支救援队驰援灾区。", "救援队")]
    [InlineData("12个工作组分赴各村。", "工作组")]
    [InlineData("80户村民入股合作社。", "村民")]
    [InlineData("20个行政村上榜。", "行政村")]
    [InlineData("45家企业纳入名录。", "企业")]
    [InlineData("该镇是全县5个重点镇之一。", "重点镇")]
    [InlineData("十几名的哥迅速赶到现场。", "的哥")]
    [InlineData("50名新生报到。", "新生")]
    [InlineData("筛选出100家企业予以重点支持。", "企业")]
    [InlineData("60万元救援物资运抵灾区。", "救援物资")]
    [InlineData("215家网点因灾停业。", "网点")]
    // Adverbs of manner and time, and 深入 (going down to a place), open it too.
    [InlineData("组建6个督导组全方位检查防汛物资。", "督导组")]
    [InlineData("全县320余名考生有序进入考场。", "考生")]
    [InlineData("县里抽调40名医护人员第一时间驰援。", "医护人员")]
    [InlineData("全市80名驻村干部深入农户家中走访。", "驻村干部")]
    // After a count of people, any verb phrase run on after the last word for people is the predicate; a second noun
    // for people (家属, 中心户) or a word for people right before the end is not cut.
    [InlineData("学校组织30名青少年参观科技馆展厅。", "青少年")]
    [InlineData("村里20余位村民来帮忙搭建舞台。", "村民")]
    [InlineData("慰问了60名干部职工家属。", "干部职工家属")]
    [InlineData("全村发展了15户党员中心户。", "党员中心户")]
    // Words for people the lexicon holds (医生, 护士, 女工, 队长, 农户) end the noun before the predicate that runs on.
    [InlineData("12名护士手写感谢信。", "护士")]
    [InlineData("8名女工加班赶制沙袋。", "女工")]
    [InlineData("6名小队长轮班值守。", "小队长")]
    [InlineData("160名农户种植烟叶。", "农户")]
    [InlineData("看望了20名烈士遗属。", "烈士遗属")]
    // Verbs of aiming, attracting, calling together, having a problem, continuing and covering open the predicate too; at
    // the noun's first character they do not stop it (召集人).
    [InlineData("3名督查组长针对群众诉求逐一回访。", "督查组长")]
    [InlineData("20余个农产品摊位吸引游客驻足选购。", "农产品摊位")]
    [InlineData("6家设计团队召集技术骨干开展评估。", "设计团队")]
    [InlineData("全市有120家企业存在安全隐患。", "企业")]
    [InlineData("30家银行延续实施贷款贴息政策。", "银行")]
    [InlineData("该区8个民生项目涵盖教育、医疗和养老。", "民生项目")]
    [InlineData("各组6名召集人参加会议。", "召集人")]
    // 到 before 各 or a place's own name is the verb of going there, whatever noun stands before it.
    [InlineData("县里抽调16支队伍到各村开展排查。", "队伍")]
    [InlineData("公司组织10名骑手到海淀区协助配送。", "骑手")]
    // 于 before a date is "on, in", which opens the predicate as 自 before a year does.
    [InlineData("5名原告于2019年向法院提起诉讼。", "原告")]
    [InlineData("3条新生产线于5月正式投产。", "新生产线")]
    // 均 after the 人 of a word for people of three characters or more is "all", no average; after others it is 人均.
    [InlineData("两名犯罪嫌疑人均已到案。", "犯罪嫌疑人")]
    [InlineData("300名村民人均收入明显提高。", "村民")]
    public void ThePredicateAfterACountedNounIsNotPartOfIt(string paragraph, string metric)
    {
        Assert.Equal(metric, Single(paragraph).Metric);
    }

    [Theory]
    [InlineData("全县12个乡镇累计安置群众3000人。", new[] { "乡镇", "安置群众" })]
    [InlineData("全镇6个村一共1800人需要转移。", new[] { "村", "需要转移" })]
    [InlineData("8个社区共计投入资金200万元。", new[] { "社区", "投入资金" })]
    [InlineData("5人非法获利合计30万元。", new[] { "非法获利", "非法获利" })]
    // The scope and total words before a noun are trimmed longest first: 共计, not 共 and a stray 计.
    [InlineData("全县共计出险12起。", new[] { "出险" })]
    public void AnAdverbOfATotalOpensThePredicate(string paragraph, string[] metrics)
    {
        Assert.Equal(metrics, Extract(paragraph).Select(s => s.Metric));
    }

    [Theory]
    [InlineData("全区平均降雨量在80毫米以上。", "平均降雨量")]
    [InlineData("活动参与人数在300人左右。", "活动参与人数")]
    public void TheAtOfALevelIsNoPartOfTheQuantity(string paragraph, string metric)
    {
        Assert.Equal(metric, Single(paragraph).Metric);
    }

    [Fact]
    public void ACopulaBeginsNoCountedNoun()
    {
        Assert.Equal("常年降水量", Extract("6小时内的降水是常年降水量的20%。").Last().Metric);
    }

    [Fact]
    public void APredicateVerbThatBeginsTheNounIsPartOfIt()
    {
        Assert.Equal("签约项目", Single("新增3个签约项目。").Metric);
    }

    [Fact]
    public void ATimeWordAfterTheMeasureOpensTheNextClause()
    {
        Assert.Equal("二孩家庭补贴", Single("二孩家庭补贴5000元近日发放到位。").Metric);
    }

    [Theory]
    [InlineData("评选出20个具有地方特色的示范项目。", "示范项目")]
    [InlineData("400名来自全国各地的运动员参加比赛。", "运动员")]
    // Prepositions of aim and topic open one the same way, though their 对 and 向 end a noun.
    [InlineData("今年共发生6起针对外卖骑手的抢劫案件。", "抢劫案件")]
    [InlineData("全县开办9期面向返乡青年的电商培训班。", "电商培训班")]
    public void ARelativeClauseOfHavingOrBeingLeadsToItsHead(string paragraph, string metric)
    {
        Assert.Equal(metric, Single(paragraph).Metric);
    }

    [Theory]
    [InlineData("暴雨导致56个村和9个社区停电。", new[] { "村", "社区" })]
    [InlineData("全县建成1个中心、6个所、45个站。", new[] { "中心", "所", "站" })]
    [InlineData("目前3个村的道路已抢通。", new[] { "村" })]
    [InlineData("绿道途经全市9个区，全长80公里。", new[] { "区", "全长" })]
    // A list comma or a closing bracket where the noun stopped closes it: what follows is the next count's.
    [InlineData("洪水波及6个乡镇，38个村、涉及群众2.1万人。", new[] { "乡镇", "村", "涉及群众" })]
    [InlineData("全校共36个班（小学24个班）。", new[] { "班", "班" })]
    public void AOneCharacterNounInAListOrBeforeDeIsTheWholeNoun(string paragraph, string[] metrics)
    {
        Assert.Equal(metrics, Extract(paragraph).Select(s => s.Metric));
    }

    [Theory]
    [InlineData("社工为60余名留守儿童提供课业辅导。")]
    [InlineData("志愿者为30户村民修缮了房屋。")]
    // A relative clause between 为 and the count says which of them.
    [InlineData("企业为今年考上大学的8名学生送去了学习用品。")]
    public void PeopleSomethingIsDoneForAreBeneficiaries(string paragraph)
    {
        Assert.Equal("beneficiaries", Single(paragraph).Category);
    }

    // 填报为 is "registered as": the people after it were not served.
    [Fact]
    public void ACountAfterAVerbEndingInWeiIsNotOfBeneficiaries() =>
        Assert.NotEqual("beneficiaries", Single("抽查了填报为低风险的35名人员的情况。").Category);

    [Fact]
    public void ACountAfterWeiAndAScopeIsOfBeneficiaries() =>
        Assert.Equal("beneficiaries", Single("合作社为当地120名村民提供了就业岗位。").Category);

    [Fact]
    public void EveryCountOfAListAfterWeiIsOfBeneficiaries()
    {
        var statistics = Extract("为200余名老人、80余名儿童提供上门服务。");

        Assert.Equal(["beneficiaries", "beneficiaries"], statistics.Select(s => s.Category));
    }

    [Theory]
    [InlineData("全县注册志愿者增为3000人。")]
    [InlineData("全市就业人口为36万人，比上年增加。")]
    public void BeingOrBecomingIsNotDoingFor(string paragraph)
    {
        var statistic = Extract(paragraph)[0];

        Assert.NotEqual("beneficiaries", statistic.Category);
    }

    [Fact]
    public void ARelativeClauseBeforeAOneCharacterNounSaysWhichAreCounted()
    {
        Assert.Equal("受灾较重的乡", Single("受灾较重的6个乡，已全部恢复供电。").Metric);
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
        Assert.Equal("患者", Single("巡回医疗队接诊患者460人。").Metric);
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
        Assert.EndsWith("违法行为", Single("查处交通违法行为60起。").Metric, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTopicBeforeATotalAndItsVerbIsWhatIsCounted()
    {
        Assert.Equal("交通事故", Single("交通事故共接报215起。").Metric);
    }

    [Theory]
    // A total's adverb inside the words opens the predicate; who did it stands before it.
    [InlineData("市公安局共出动警力320人次。", "出动警力")]
    [InlineData("区法院共审结劳动争议案件215件。", "审结劳动争议案件")]
    [InlineData("县消防救援大队累计疏散转移群众160人。", "疏散转移群众")]
    // Not before a measuring noun that 累计 describes, a linking verb, or in a word that holds 共.
    [InlineData("平台累计访问量突破500万次。", "平台累计访问量")]
    [InlineData("全市公共服务设施共建成120处。", "公共服务设施")]
    [InlineData("园区企业合计占全市工业产值的30%。", "园区企业合计占全市工业产值")]
    public void AfterATotalInsideTheWordsTheDoerIsNotWhatIsCounted(string paragraph, string metric)
    {
        Assert.Equal(metric, Single(paragraph).Metric);
    }

    [Fact]
    public void BeforeACountOfHouseholdsTheTopicIsWhoActedNotWhatIsCounted()
    {
        Assert.NotEqual("网格员", Single("网格员累计走访1200户。").Metric);
    }

    [Fact]
    public void AfterYouTheNounAMeasureDescribesNamesTheFigure()
    {
        Assert.Equal("茶叶种植基地", Single("园区建有500亩的茶叶种植基地。").Metric);
    }

    [Theory]
    [InlineData("园区建有500亩的茶叶种植基地。")]
    [InlineData("最大降水量为两河村435.7毫米。")]
    public void APhysicalMeasureIsNotTheOrganisationItIsOf(string paragraph)
    {
        Assert.Equal("environment", Single(paragraph).Category);
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
        Assert.Equal("驿站", Single("驿站已增至5个。").Metric);
    }

    [Theory]
    [InlineData("救援队行进到村口500米处。", "处")]
    [InlineData("全年检查经营场所820家次。", "次")]
    [InlineData("调集抢险设备600余台套。", "套")]
    [InlineData("农村公路受损120条段。", "段")]
    [InlineData("彩票中奖金额达500元者。", "者")]
    [InlineData("公司在园区投资了3个亿。", "亿")]
    public void APlaceSizeOrNumberWordAfterAMeasureIsNoNoun(string paragraph, string notTheMetric)
    {
        Assert.NotEqual(notTheMetric, Single(paragraph).Metric);
    }

    [Fact]
    public void WhatHappensToALaterCountOfPeopleIsNotSaidOfAnEarlierOne()
    {
        var statistics = Extract("看望了12名老党员、3名因公牺牲民警家属。");

        Assert.Equal(["老党员", "因公牺牲民警家属"], statistics.Select(s => s.Metric));
    }

    [Fact]
    public void WhatEndsAListOfCountsOfPeopleIsSaidOfEachOfThem()
    {
        var statistics = Extract("暴雨中30多户、90多名群众被困。");

        Assert.All(statistics, statistic => Assert.Contains("被困", statistic.Metric, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("双十二期间销量大增。")]
    [InlineData("2024天府文化节在成都开幕。")]
    [InlineData("近年来先后推出2.0、3.0升级版。")]
    [InlineData("建成一批关键零部件生产项目。")]
    [InlineData("收入连续五年保持两位数增长。")]
    [InlineData("车辆右转时1停车、2观察、3起步。")]
    [InlineData("快递包裹不再二次包装。")]
    [InlineData("他骑着三轮车送菜。")]
    [InlineData("发改委等四部门联合印发通知。")]
    [InlineData("全文分为6部分内容。")]
    [InlineData("财政部等五部委联合发文。")]
    [InlineData("节前走访慰问了300群众。")]
    [InlineData("居民区党总支四支部开展党课。")]
    public void AWordThatBeginsWithAMeasureWordCountsNothing(string paragraph)
    {
        Assert.Empty(Extract(paragraph));
    }

    [Fact]
    public void ContainerTrafficIsCountedInStandardContainers()
    {
        var statistic = Single("集装箱吞吐量完成120万标箱。");

        Assert.Equal(("标箱", 1_200_000m, "集装箱吞吐量"), (statistic.Unit, statistic.Value, statistic.Metric));
    }

    [Fact]
    public void QianAfterAMeasureOfMoneyIsNoNoun()
    {
        var statistic = Single("一天能卖三百多块钱。");

        Assert.Equal(("块", 300m), (statistic.Unit, statistic.Value));
        Assert.NotEqual("钱", statistic.Metric);
    }

    [Theory]
    // What befell people, written before a word for them, says which people they are; the verb before says what was done.
    [InlineData("救援队从屋顶救出6名被困村民。", "被困村民", "beneficiaries")]
    [InlineData("当晚转移12名被困群众到安置点。", "被困群众", "beneficiaries")]
    // Alone, it is still what the count is about.
    [InlineData("山洪中有3名游客被困。", "游客（被困）", "other")]
    // After the count it befalls other people named or counted next, or a place described through 的: not those counted.
    [InlineData("5名民警在积水中转移被困老人。", "民警", "other")]
    [InlineData("6名志愿者赶到受灾最重的村庄。", "志愿者", "volunteers")]
    public void AnEventBeforeAWordForPeopleDescribesThem(string paragraph, string metric, string category)
    {
        var statistic = Single(paragraph);

        Assert.Equal((metric, category), (statistic.Metric, statistic.Category));
    }

    [Fact]
    public void ANewLevelInALaterYearMeasuresTheSameSubject()
    {
        var statistics = Extract("该县参保人数从2015年的2万人增加到2023年的5.1万人。");

        Assert.Equal(["参保人数", "参保人数"], statistics.Select(s => s.Metric));
    }

    [Theory]
    // The verb of one or two characters before 了 is no part of the noun.
    [InlineData("帮助300名农村留守儿童圆了读书梦。", "农村留守儿童")]
    [InlineData("12户村民集资了一笔钱。", "村民")]
    public void TheVerbBeforeAnAspectParticleEndsTheNoun(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Theory]
    // In a list joined by 和, what the next count's people suffered is not said of this one.
    [InlineData("慰问了4名留守老人和2名因公牺牲民警家属。")]
    public void APredicateStopsAtTheNextCountOfAList(string paragraph)
    {
        var statistics = Extract(paragraph);

        Assert.Equal(("留守老人", "beneficiaries"), (statistics[0].Metric, statistics[0].Category));
    }

    [Theory]
    // A verb that gathers people says nothing of things counted after it.
    [InlineData("组织培训12场、印发手册3000本。", "本", "other")]
    // A station of volunteer service is a place, not volunteers.
    [InlineData("建成志愿服务站点45个。", "个", "organizations")]
    public void ThingsAreNotPeopleGathered(string paragraph, string unit, string category) =>
        Assert.Equal(category, Extract(paragraph).Single(s => s.Unit == unit).Category);

    [Theory]
    // A prize of a grade begins with its numeral, and its 等 is no "and so on".
    [InlineData("参赛作品获3个一等奖和5个二等奖。", new[] { "一等奖", "二等奖" })]
    public void APrizeOfAGradeIsTheNounCounted(string paragraph, string[] metrics) =>
        Assert.Equal(metrics, Extract(paragraph).Select(s => s.Metric));

    [Theory]
    // A title run into the dateline of the story under it: the paper's or agency's name is no noun of the figure.
    [InlineData("原标题：全区累计接受社会捐款860万元光明日报讯（记者 李明）连日来", "社会捐款")]
    [InlineData("原标题：两年培训新型农民3200人三秦都市报-三秦网讯（记者 王芳）", "新型农民")]
    [InlineData("原标题：三年办理公益诉讼案件12.4万件据新华社电记者从最高检获悉", "公益诉讼案件")]
    public void ADatelineAfterAFigureIsNoNoun(string paragraph, string metricPart) =>
        Assert.Contains(metricPart, Extract(paragraph)[0].Metric);

    [Fact]
    public void AnAdverbOfMannerWithYouIsNoVerbOfHaving() =>
        Assert.Equal("撤离", Extract("沿河1200名群众已有序撤离1100人。")[1].Metric);

    [Fact]
    public void PeopleOfThePlacesCountedBeforeAreNamedByWhatBefellThem()
    {
        var statistics = Extract("行洪区内6个村的1500人已全部转移。");

        Assert.Equal(("转移", "beneficiaries"), (statistics[1].Metric, statistics[1].Category));
    }

    [Fact]
    public void AFigureWithAThousandsCommaIsReadPastTheClauseTheCommaSeemsToEnd()
    {
        var statistic = Single("该行捐出40,000元人民币用于敬老院的维修改造。");

        Assert.Equal((40_000m, "元"), (statistic.Value, statistic.Unit));
    }

    [Theory]
    // Who has them leads a verb of having; what is counted follows it.
    [InlineData("城东区共有个体工商户8000户。", "个体工商户")]
    [InlineData("另有优秀奖10名。", "优秀奖")]
    [InlineData("项目配有机动车车位169个。", "机动车车位")]
    // Conjunctions, and the currency named before an amount, are no part of what is counted.
    [InlineData("并处罚金人民币5000元。", "罚金")]
    [InlineData("共计罚款人民币4万元。", "罚款")]
    [InlineData("乡村旅游收入增长较快，而民宿经营收入仅120万元。", "民宿经营收入")]
    [InlineData("不仅免费，而且每户补贴秸秆回收费200元。", "每户补贴秸秆回收费")]
    // A quoted name with only linking words after it is what is counted; 均 after the counted things is no average.
    [InlineData("百强县榜单中的“千亿县”已达54个。", "千亿县")]
    [InlineData("旅客发送量、吞吐量均增长2.9倍。", "旅客发送量、吞吐量")]
    // A verb that introduces a count alone before it gives the noun the count describes.
    [InlineData("并建立80多人的志愿者服务队伍。", "志愿者服务队伍")]
    [InlineData("全年有偿托管土地1500亩。", "托管土地")]
    [InlineData("向沧州、衡水等地调拨救灾物资11批次。", "救灾物资")]
    // 等 alone closes the list before a noun that begins with 地 (地块, 地带), which is the list's head.
    [InlineData("收回化工厂、印染厂等地块300亩。", "地块")]
    [InlineData("城区、郊区等地绿化面积达300亩。", "绿化面积")]
    // "Equivalent to" restates the figure before; what follows it is what is counted.
    [InlineData("相当于减少二氧化碳排放3万吨。", "减少二氧化碳排放")]
    // What is set up is counted, as after 设立.
    [InlineData("在主要路口设置临时检查点30个。", "临时检查点")]
    [InlineData("青年组设置一等奖1名。", "一等奖")]
    // What is bought, carried or moved is counted, not the buying; a verb that begins a noun the lexicon knows is none.
    [InlineData("合作社购买滞销土豆800斤。", "滞销土豆")]
    [InlineData("队员携带救生衣40件。", "救生衣")]
    [InlineData("省里向灾区调拨帐篷300顶。", "帐篷")]
    [InlineData("培训班学员共120人。", "培训班学员")]
    // Nor does one before a measure of the activity it names: its area, scale or capacity.
    [InlineData("今年全县芝麻种植面积约3000亩。", "芝麻种植面积")]
    // 约 that closes a verb (签约, 节约) is no qualifier: the lead keeps it; before the number it is "about".
    [InlineData("上半年全区招商引资签约286亿元。", "招商引资签约")]
    [InlineData("今年签约项目总投资约40亿元。", "签约项目总投资")]
    [InlineData("合作社今年节约了约3万元。", "合作社今年节约")]
    [InlineData("县城污水处理能力达5万吨/日。", "县城污水处理能力")]
    // A compound measure word counts the noun after it, as its parts do.
    [InlineData("新配备130台套养殖设备。", "养殖设备")]
    // An aside in brackets near the end of the words is no part of what is counted.
    [InlineData("固定资产投资(不含农户)同比增长8.3%。", "固定资产投资")]
    [InlineData("全县工业品出厂价格（PPI）环比下降0.6%。", "工业品出厂价格")]
    [InlineData("公司现有分支机构40家。", "分支机构")]
    [InlineData("理事会任命秘书长1名。", "秘书长")]
    // The part of the year is the figure's period, not what it counts.
    [InlineData("上半年展览总面积达300万平方米。", "展览总面积")]
    [InlineData("今年二季度展览总面积达100万平方米。", "展览总面积")]
    [InlineData("尤其是一季度展览总面积达50万平方米。", "展览总面积")]
    [InlineData("1至5月进出口总额120亿元。", "进出口总额")]
    [InlineData("1-6月全区进出口总额150亿元。", "进出口总额")]
    [InlineData("6月份餐饮收入15亿元。", "餐饮收入")]
    // 将 after the counted thing, and the mark a figure reaches after it, are no part of it.
    [InlineData("全年展览规模将超过500万平方米。", "展览规模")]
    // A list of names (名单) holds the people named before it, who are counted; a list of no people stays.
    [InlineData("全县入选省级优秀乡村医生名单有5人。", "入选省级优秀乡村医生")]
    [InlineData("法院共屏蔽失信名单300人。", "屏蔽失信名单")]
    // So are the adverbs of duration 一直 and 始终 (the measure stays at its level all along).
    [InlineData("全县蔬菜年产量一直稳定在80万吨以上。", "蔬菜年产量")]
    [InlineData("城区空气质量优良率始终保持在90%以上。", "城区空气质量优良率")]
    [InlineData("工业总产值突破1000亿元大关。", "工业总产值")]
    [InlineData("全区地区生产总值站上3000亿元台阶。", "地区生产总值")]
    [InlineData("该县财政收入迈上20亿元。", "财政收入")]
    // Nor are 每 and the unit a rate is reckoned per.
    [InlineData("当地鲜桃批发价每斤3.5元。", "当地鲜桃批发价")]
    [InlineData("补贴标准每人每月300元。", "补贴标准")]
    // Nor is the base of a comparison: a year's end, some years ago.
    [InlineData("单位产品能耗较5年前下降30%。", "单位产品能耗")]
    [InlineData("住户贷款余额较上年末增长12%。", "住户贷款余额")]
    [InlineData("全市利润相比去年增长5%。", "利润")]
    // Nor are the time words of now and lately (近期 whole, not 近 "nearly").
    [InlineData("近期该区已筹资2亿元。", "筹资")]
    [InlineData("如今全镇茶园面积达到3万亩。", "茶园面积")]
    [InlineData("发放补贴，每人每月300元。", "每人每月")]
    // Nor are the currency after an amount, the 之间 of a range, a word of reaching an amount, 还有, a plan before a
    // time, the source of a figure or how whole it is; but 比重 and 时长 before 达 are the nouns counted.
    [InlineData("全国捐款3000万元人民币。", "全国捐款")]
    [InlineData("技工日薪为300元到500元之间。", "技工日薪")]
    [InlineData("平台交易额高达3万亿元。", "平台交易额")]
    [InlineData("水深最高达6米。", "水深")]
    [InlineData("第三产业比重达54%。", "第三产业比重")]
    [InlineData("志愿服务时长达2万小时。", "志愿服务时长")]
    [InlineData("待安置群众还有30人。", "待安置群众")]
    [InlineData("规划到2030年全区文旅产业收入达到500亿元。", "文旅产业收入")]
    [InlineData("据初步统计受损房屋120间。", "受损房屋")]
    [InlineData("整整8个小时的通宵奋战。", "通宵奋战")]
    // Verbs and adverbs that open the predicate after the counted noun.
    [InlineData("300名队员随时待命。", "队员")]
    [InlineData("200名党员响应号召。", "党员")]
    [InlineData("5家企业收到补贴。", "企业")]
    [InlineData("12个项目列入省重点工程。", "项目")]
    [InlineData("新建3个移民安置点。", "移民安置点")]
    [InlineData("为20名老人送去慰问品。", "老人")]
    [InlineData("8个集体分获一等奖、二等奖。", "集体")]
    [InlineData("15个站点分布在各镇。", "站点")]
    // 为期 ("lasting") links a duration to what lasts, before it or after it with 的.
    [InlineData("这次集训为期12天。", "集训")]
    [InlineData("学校开始了为期5天的研学营。", "研学营")]
    [InlineData("另有4位老教师作为评委。", "老教师")]
    [InlineData("由9所学校承担试点任务。", "学校")]
    [InlineData("70名游客乘坐大巴返程。", "游客")]
    [InlineData("12家企业签订用工协议。", "企业")]
    [InlineData("30余家超市建立合作关系。", "超市")]
    [InlineData("2名店员出售过期食品被查。", "店员")]
    [InlineData("全省26个县启动三级应急响应。", "县")]
    [InlineData("5个市终止应急响应。", "市")]
    [InlineData("14家工厂解除停产令。", "工厂")]
    [InlineData("法院依法对3名被告人作出判决。", "被告人")]
    [InlineData("会上9名代表提出建议。", "代表")]
    // People that nothing names but what they gained are counted as that.
    [InlineData("活动开展以来，近3万人受益。", "受益")]
    // 集中 begins a noun at its first character (中 second would stop it) and opens the predicate after one.
    [InlineData("今年新建4个集中供水工程。", "集中供水工程")]
    [InlineData("全镇8个村集中开展清理。", "村")]
    // The examples that stand for the counted things are no part of what is counted.
    [InlineData("有以北京大学、清华大学为代表的高校30余所。", "高校")]
    // Nor are "each" after the counted, "after" before a time, and 一 with a measure word before a figure.
    [InlineData("拘留、拘传被执行人各2人。", "拘留、拘传被执行人")]
    [InlineData("经过8个小时的紧急救援。", "紧急救援")]
    [InlineData("组建了一支200余人的青年理论宣讲队伍。", "青年理论宣讲队伍")]
    // Nor are "only" before the figure, or the base of a change written after the counted thing.
    [InlineData("2019年，全县科技特派员仅10人。", "科技特派员")]
    [InlineData("今年引进人才人数较2022年增长15%。", "人才人数")]
    [InlineData("民营企业占比5%。", "民营企业占比")]
    // A noun whose second character is one the reader otherwise stops at.
    [InlineData("全市有21所高中。", "高中")]
    public void TheWordsBeforeAFigureLoseWhatIsNoPartOfWhatItCounts(string paragraph, string metric)
    {
        Assert.Equal(metric, Single(paragraph).Metric);
    }

    [Fact]
    public void AVerbFollowedByLiangOrLvIsANounThatAVerbOfHavingDoesNotCut()
    {
        Assert.StartsWith("私家车拥有量", Single("私家车拥有量是十年前的3倍。").Metric, StringComparison.Ordinal);
    }

    [Fact]
    public void ASpaceBeforeTheWordsIsNoPartOfTheMetric()
    {
        Assert.StartsWith("因灾遇难", Single("据统计， 因灾遇难的11人全部找到。").Metric, StringComparison.Ordinal);
    }

    // Words longer than a metric holds are cut where a word starts: after a list comma or a 的 near the cut, else at the
    // words' own start a few characters back, never inside a word (检察机关 read 察机关).
    [Theory]
    [InlineData("全市检察机关对涉企侵权犯罪依法批准逮捕42人。", "检察机关对涉企侵权犯罪依法批准逮捕")]
    [InlineData("上周公布的8月财新中国服务业PMI回落0.4个百分点。", "8月财新中国服务业PMI")]
    [InlineData("教育、医疗保健、交通通信及其他用品价格分别上涨2%。", "医疗保健、交通通信及其他用品价格")]
    [InlineData("初级工、中级工、高级工和特级技师分别补贴每人每月300元。", "中级工、高级工和特级技师分别补贴")]
    public void ALongPhraseIsCutWhereAWordStarts(string paragraph, string metric)
    {
        Assert.Equal(metric, Single(paragraph).Metric);
    }

    // Counts in 万 or 亿 leave out their unit: 人 before a word for people or after 人数 or 人口, 人次 after 人次, 元 after
    // a sum of money; small numbers do not.
    [Theory]
    [InlineData("暑期课程惠及35万城乡中小学生。", 350000, "人", "城乡中小学生")]
    [InlineData("去年全县常住人口达到62.5万。", 625000, "人", "常住人口")]
    [InlineData("线上答题活动的参与人数突破12万。", 120000, "人", "线上答题活动的参与人数")]
    [InlineData("全省4.2万青年志愿者参加了培训。", 42000, "人", "青年志愿者")]
    [InlineData("景区全年的游览人次为120.5万。", 1205000, "人次", "景区全年的游览人次")]
    [InlineData("合作社去年的销售额达到1500万。", 15000000, "元", "合作社去年的销售额")]
    [InlineData("村民们自发筹集资金16万。", 160000, "元", "筹集资金")]
    [InlineData("全县一季度实现GDP120.6亿。", 12060000000, "元", "GDP")]
    public void CountsInWanWithoutTheirUnit(string paragraph, long value, string unit, string metric)
    {
        var statistic = Single(paragraph);

        Assert.Equal((value, unit, metric), ((long)statistic.Value, statistic.Unit, statistic.Metric));
    }

    // A count listed right after one whose unit is left out leaves out the same unit.
    [Fact]
    public void AListedCountLeavesOutTheUnitOfTheOneBefore()
    {
        var statistics = Extract("两县的营业收入分别为12.5亿、9.8亿。");

        Assert.Equal(["12.5亿 元", "9.8亿 元"], statistics.Select(s => $"{s.Text} {s.Unit}"));
    }

    // A fraction under one with no measure word is a share, reported as written without a unit (ANNOTATION.md: 三分之一,
    // 0.3333); a place ending after it (的村庄) makes no place name of it.
    [Theory]
    [InlineData("全镇近三分之一的村庄通了客运班车。", 0.3333, "approx")]
    [InlineData("该县蔬菜产量占全省的五分之一。", 0.2, "exact")]
    [InlineData("其中3/4的站点设在学校。", 0.75, "exact")]
    public void ReadsAFractionAsAShare(string paragraph, double value, string qualifier)
    {
        var statistic = Single(paragraph);

        Assert.Equal(((decimal)value, "", qualifier), (statistic.Value, statistic.Unit, statistic.Qualifier));
    }

    [Theory]
    [InlineData("比分定格在3/2。")]
    [InlineData("展期为8/1至8/5。")]
    public void ReadsNoShareInAFractionOfOneOrMore(string paragraph) =>
        Assert.Empty(Extract(paragraph));

    // 床 counts bedding (棉被600床), so the count after it keeps its own noun.
    [Fact]
    public void CountsBeddingInChuang() =>
        Assert.Equal(["600床 棉被", "200顶 帐篷"], Extract("向灾区调拨棉被600床、帐篷200顶。").Select(s => $"{s.Text} {s.Metric}"));

    // A sum of money before the people it helps is read as money, not people; followers, a harvest and small numbers
    // keep their unit unread or written.
    [Theory]
    [InlineData("助学贷款金额3.2亿，惠及学生4万人。", new[] { "3.2亿 元", "4万人 人" })]
    [InlineData("村里募集善款16万帮扶困难群众。", new[] { "16万 元" })]
    [InlineData("村里有300多名群众参加。", new[] { "300多名 名" })]
    [InlineData("该公众号已有12.6万粉丝关注。", new string[0])]
    [InlineData("全县粮食产量达到35万，创下新高。", new string[0])]
    public void ReadsTheUnitLeftOutOnlyWhereTheWordsSayIt(string paragraph, string[] figures)
    {
        Assert.Equal(figures, Extract(paragraph).Select(s => $"{s.Text} {s.Unit}"));
    }

    [Fact]
    public void ThisTimeScopesTheFigureAndHiringIsJobs()
    {
        var statistic = Single("这次公司需招工300人。");

        Assert.Equal(("公司需招工", StatisticCategory.Economy), (statistic.Metric, statistic.Category));
    }

    [Theory]
    // 以及, and a qualifier with its number after a joiner, begin the next count; an average opens the next figure.
    [InlineData("首批共有6名队员以及2名医生。", new[] { "队员", "医生" })]
    [InlineData("拆除6个违建点和约300个广告牌。", new[] { "违建点", "广告牌" })]
    [InlineData("直接带动150名村民年人均增收6000元。", new[] { "村民", "年人均增收" })]
    // Changes, comparisons and levels in a list keep the subject they measure.
    [InlineData("志愿者由最初的4名发展到120余名。", new[] { "志愿者", "志愿者" })]
    [InlineData("CPI同比下降0.3%，但环比上涨0.2%。", new[] { "CPI", "CPI" })]
    [InlineData("市级、区级一般公共预算收入分别增长34%和13%。", new[] { "市级一般公共预算收入", "区级一般公共预算收入" })]
    // The measure the last item ends in is each item's, when none has one of its own.
    [InlineData("光伏组件、锂电池和智能家电产值分别增长21%、18%和9%。", new[] { "光伏组件产值", "锂电池产值", "智能家电产值" })]
    // The years of a period compared against (十年前) are no figure handed out.
    [InlineData("林地面积、蓄积量分别比五年前增加了6%和11%。", new[] { "林地面积", "蓄积量" })]
    // Nor is a numeral inside a word or a name (四川, 百分点): only numbers with a measure or a percent are handed out.
    [InlineData("承担语文、数学两门课程60名教师的培训，教师们分别来自河北、四川等7个市县。", new[] { "课程", "教师", "市县" })]
    [InlineData("营业收入12亿元、利润2亿元，分别增长9.1个和3.2个百分点。", new[] { "营业收入", "利润", "营业收入", "利润" })]
    [InlineData("营业收入12亿元、利润2亿元，分别增长9.1%和3.2%。", new[] { "营业收入", "利润", "营业收入", "利润" })]
    // A bracket opens a part of the figure before it; a place alone before a part says where it is, not what it counts.
    [InlineData("办学规模42班（其中小学24班、初中18班）。", new[] { "办学规模", "办学规模（小学）", "办学规模（初中）" })]
    [InlineData("受伤的9人中，红桥区5人、南开区4人。", new[] { "受伤", "受伤（红桥区）", "受伤（南开区）" })]
    [InlineData("失联的27人，包括红桥区13人、南开区14人。", new[] { "失联", "失联（红桥区）", "失联（南开区）" })]
    [InlineData("新增9个食堂，其中红桥区4个，南开区5个。", new[] { "食堂", "食堂（红桥区）", "食堂（南开区）" })]
    // Places handed figures by 分别 say where each count is; what is counted is read after 分别, or carried.
    [InlineData("河北、山西分别有12个、9个县入围。", new[] { "县（河北）", "县（山西）" })]
    [InlineData("全省共有35个县入围，其中河北、山西分别有20个、15个。", new[] { "县", "县（河北）", "县（山西）" })]
    [InlineData("红桥区、南开区分别转移群众500人、300人。", new[] { "转移群众（红桥区）", "转移群众（南开区）" })]
    [InlineData("天津、河北分别增长5%、6%。", new[] { "天津", "河北" })]
    // Places listed before the words they share (run on from the last place) are where those words are measured.
    [InlineData("苏州、无锡两市上半年GDP分别为1000亿元和900亿元。", new[] { "GDP（苏州）", "GDP（无锡）" })]
    [InlineData("河北、山西的粮食产量分别增长3%和2%。", new[] { "粮食产量（河北）", "粮食产量（山西）" })]
    // A noun of one character before a verb that opens the predicate is whole, after a short aside in brackets too.
    [InlineData("全省18个县入围。", new[] { "县" })]
    [InlineData("全国23个县（市）入围。", new[] { "县" })]
    [InlineData("上半年有9个省份跑赢全国。", new[] { "省份" })]
    // 组成 opens a predicate (what makes up the whole is counted), but not inside 党组成员; people who make up a group
    // are counted as the group's members.
    [InlineData("展区由六个展馆组成。", new[] { "展馆" })]
    [InlineData("3名党组成员出席会议。", new[] { "党组成员" })]
    [InlineData("全区12个领导小组成员单位参加。", new[] { "领导小组成员单位" })]
    [InlineData("300多名官兵徒步进村。", new[] { "官兵" })]
    [InlineData("首批600多名新生率先报到。", new[] { "新生（率先报到）" })]
    // 该 and an institution of one character report the figure, as 该市 does; not where the character begins a word.
    [InlineData("该团出动官兵120人次。", new[] { "出动官兵" })]
    [InlineData("该团队服务群众15人。", new[] { "团队服务群众" })]
    // A change from an earlier level (原先, 此前) names its subject before 由, without the adverb joining it to the clause before.
    [InlineData("对口帮扶县也由原先的6个增至10个。", new[] { "对口帮扶县", "对口帮扶县" })]
    [InlineData("灌溉覆盖率由此前的42%提高到68%。", new[] { "灌溉覆盖率", "灌溉覆盖率" })]
    // Every verb of a change links its subject to how much it changed, after 转为 too; 在 after a 幅 is a level's. A 涨幅
    // opening the clause after the change is that change's (AttributeCarry).
    [InlineData("交通费用上涨1.2%，涨幅回落0.3个百分点。", new[] { "交通费用", "交通费用（涨幅）" })]
    [InlineData("水果价格由上月上涨2.1%转为下跌1.5%。", new[] { "水果价格", "水果价格" })]
    [InlineData("降幅在2%至5%之间。", new[] { "降幅" })]
    // 多次 opens a predicate after the counted noun.
    [InlineData("全镇9个村党支部书记多次召开协调会。", new[] { "村党支部书记" })]
    // A verb linking a level alone after a count names no change of what it counted; 缩短 is a change, 再 its degree.
    [InlineData("全省21个地市城镇调查失业率为5.2%。", new[] { "地市城镇调查失业率", "地市城镇调查失业率" })]
    [InlineData("平均审批时间同比再缩短12.5%。", new[] { "平均审批时间" })]
    // A rate against a reference (the country, an average) with nothing counted of its own is the subject's before it.
    [InlineData("全市居民人均可支配收入达4.2万元，高出全省平均水平12.5%。", new[] { "居民人均可支配收入", "居民人均可支配收入（高出全省平均水平）" })]
    [InlineData("全县规上工业增加值同比增长6.1%，增速高于全省2.3个百分点。", new[] { "规上工业增加值", "规上工业增加值（增速高于全省）" })]
    // So is 比 or 较 a reference that is no period and the adjective or change after it (比全省高, 较全国高出), a run of
    // months, or a reference whose own value stands in brackets; 比 or 较 that begin a word (比重, 较快) compare nothing.
    [InlineData("全县社会消费品零售总额86亿元，同比增长9.1%，比全省高2.4个百分点。", new[] { "社会消费品零售总额", "社会消费品零售总额（同比增长）", "社会消费品零售总额（比全省高）" })]
    [InlineData("全区民间投资同比增长7.6%，较全国高出3.1个百分点。", new[] { "民间投资", "民间投资（较全国高出）" })]
    [InlineData("全市工业投资同比增长6.8%，较1-5月加快1.2个百分点。", new[] { "工业投资", "工业投资（较1-5月加快）" })]
    [InlineData("全县农业增加值同比增长4.3%，增速高于全市(3.1%)1.2个百分点。", new[] { "农业增加值", "农业增加值（增速高于全市）" })]
    [InlineData("全县外贸进出口同比增长5%，增速比全省外贸进出口平均增速快1.5个百分点。", new[] { "外贸进出口", "外贸进出口（增速比全省外贸进出口平均增速快）" })]
    [InlineData("全县水稻亩产达620公斤，比去年同田增加15公斤。", new[] { "水稻亩产", "水稻亩产" })]
    [InlineData("全市经济保持较快增长，比重提高12%。", new[] { "比重" })]
    // 培训机构 is a word: its 培训 introduces nothing.
    [InlineData("全区艾灸培训机构共15家。", new[] { "艾灸培训机构" })]
    // 人数 and 人次 say little without the verb before them, which they keep.
    [InlineData("项目覆盖人数达8.6万人。", new[] { "覆盖人数" })]
    // After a demonstrative alone, the one character after the count is the noun it points at.
    [InlineData("这三头牛是村民走失的。", new[] { "牛" })]
    // 出 after a verb of searching is its result; the prices a change is computed at are its method, not its subject.
    [InlineData("共排查出安全隐患52处。", new[] { "安全隐患" })]
    [InlineData("全县农业总产值达41.3亿元，按可比价格计算增长4.2%。", new[] { "农业总产值", "农业总产值（增长）" })]
    [InlineData("社区为45户老人配备烟感报警器。", new[] { "老人" })]
    [InlineData("6个小组依次发言。", new[] { "小组" })]
    // A measure after words closed by 的 describes the noun after it, which names it; not a share (X的20% is of X).
    [InlineData("今年修复了沿河两岸的12公里的堤防。", new[] { "堤防" })]
    [InlineData("一间兼具休息和充电功能的20平方米的小屋。", new[] { "小屋" })]
    // A quotation mark opening what someone said is no part of the words; a comma before the close makes it speech.
    [InlineData("“全镇有各类文化项目26个，”他说。", new[] { "文化项目" })]
    // 多增 and 微降 are changes of the subject before.
    [InlineData("全市住户贷款增加120亿元，同比多增35亿元。", new[] { "住户贷款", "住户贷款" })]
    [InlineData("城镇失业率为4.1%，微降0.2个百分点。", new[] { "城镇失业率", "城镇失业率（微降）" })]
    [InlineData("这里的盗窃警情下降了四成。", new[] { "盗窃警情" })]
    [InlineData("由30多人组成的抢修队连夜作业。", new[] { "抢修队" })]
    [InlineData("市里派出60人组成的防疫工作组。", new[] { "防疫工作组" })]
    // So is one before any verb or adverb that ends a noun, unless it is a negation, which opens a relative clause.
    [InlineData("全市共有5个村开展了评选。", new[] { "村" })]
    [InlineData("截至目前，全县42个村全部完成改造。", new[] { "村" })]
    [InlineData("学生可填报2所未完成招生任务的学校。", new[] { "学校" })]
    // A cleft's 的是 says which: what is counted follows it.
    [InlineData("从投诉内容看，排在前三位的是物业纠纷、噪音扰民、停车问题，分别占投诉总量的30.5%、20.1%、10.2%。", new[] { "物业纠纷", "噪音扰民", "停车问题" })]
    [InlineData("从类型看，居前两位的是追索劳动报酬1200件、工伤赔偿300件。", new[] { "追索劳动报酬", "工伤赔偿" })]
    // The base of a comparison, dated by a part of a year, counts again what the last count of its kind counted.
    [InlineData("全区共办理法律援助案件3200件，同比增长12%，与2022年上半年的2900件相比，增长10.3%。", new[] { "法律援助案件", "法律援助案件（同比增长）", "法律援助案件（上半年）", "法律援助案件（增长）" })]
    // 着 after a verb ends the noun; 自 before a year does; 带队 opens the predicate.
    [InlineData("5支志愿者队伍顶着高温清理街道。", new[] { "志愿者队伍" })]
    [InlineData("四家单位自2023年起联合开展活动。", new[] { "单位" })]
    [InlineData("8名局领导带队检查。", new[] { "局领导" })]
    [InlineData("全省共有16支代表队进入总决赛。", new[] { "代表队" })]
    [InlineData("500万元资金助力乡村振兴。", new[] { "资金" })]
    [InlineData("30名专家赴山区授课。", new[] { "专家" })]
    [InlineData("全区11个街道举办文化活动。", new[] { "街道" })]
    [InlineData("累计为2万户小微企业办理贷款延期。", new[] { "小微企业" })]
    [InlineData("选拔25名民警组建突击队。", new[] { "民警" })]
    [InlineData("全市20家工厂停止生产。", new[] { "工厂" })]
    [InlineData("向30个乡镇发出预警。", new[] { "乡镇" })]
    [InlineData("在社区布置服务点12个。", new[] { "服务点" })]
    [InlineData("全县共明确河长1200余人。", new[] { "河长" })]
    [InlineData("今年亩产650公斤，与往年相比提高了15公斤。", new[] { "亩产", "亩产" })]
    [InlineData("累计开立个人养老金账户8万个。", new[] { "个人养老金账户" })]
    [InlineData("组织400名突击队员开赴灾区。", new[] { "突击队员" })]
    [InlineData("110名官兵到达夏村。", new[] { "官兵" })]
    // The year a figure is aimed at, after the counted thing, names nothing counted; the year alone after it dates the next.
    [InlineData("适龄儿童疫苗接种率到2025年将达92%，2030年将达98%。", new[] { "适龄儿童疫苗接种率", "适龄儿童疫苗接种率（2030年）" })]
    // A year alone before a count says when the last count of its kind was counted again.
    [InlineData("到2025年，全县茶叶综合产值将达到80亿元以上，2028年将达到120亿元以上。", new[] { "茶叶综合产值", "茶叶综合产值（2028年）" })]
    // A verb and one character before a list comma are a noun.
    [InlineData("新建培训室、活动室12个。", new[] { "培训室、活动室" })]
    // A modal verb before a linking verb, or before a number's qualifier, goes with it.
    [InlineData("养老机构入住率要达到90%。", new[] { "养老机构入住率" })]
    [InlineData("申报项目年均营业收入应不低于500万元。", new[] { "申报项目年均营业收入" })]
    // So does "can" (可, 可以), and 则 setting a figure against the one before.
    [InlineData("园区年产值可超过80亿元。", new[] { "园区年产值" })]
    [InlineData("这台设备的日处理量可以达到25吨。", new[] { "设备的日处理量" })]
    [InlineData("甲市人口为320万人，乙市人口则是280万人。", new[] { "甲市人口", "乙市人口" })]
    // 有 opens a relative clause as 具有 does; 关于 before a figure names nothing; what is given is counted.
    [InlineData("全区遴选6家有资质的养老服务机构。", new[] { "养老服务机构" })]
    [InlineData("关于880元的横幅制作费，负责人作了说明。", new[] { "横幅制作费" })]
    [InlineData("按交易额给予不超过10万元的奖励。", new[] { "奖励" })]
    // A year after the place that opens the words goes, with its part; so does a year with 起.
    [InlineData("天津2022年1月至3月城镇调查失业率为5.1%。", new[] { "天津城镇调查失业率" })]
    [InlineData("2025年起单位产品能耗降低10%。", new[] { "单位产品能耗" })]
    // 次 in brackets after the measure word is no noun; the last period and a quarter-on-quarter change are comparisons.
    [InlineData("现共有320家（次）企业获评。", new[] { "企业" })]
    [InlineData("馆内展出260多件（幅）文物。", new[] { "文物" })]
    [InlineData("城镇就业人员为12.5万人，较上一期增加800人。", new[] { "城镇就业人员", "城镇就业人员" })]
    [InlineData("登记失业人数按季减少500人。", new[] { "登记失业人数" })]
    // Only a short modifier stands before a quoted name inside the noun; after a verb the quote is its object, and the verb
    // (延续, predicate-verbs.tsv) opens the predicate.
    [InlineData("联合12家银行延续实施“惠企贷”行动。", new[] { "银行" })]
    [InlineData("全省9个市（州）36个县（市、区）共转移安置2600余户。", new[] { "市", "县", "转移安置" })]
    [InlineData("来自16个省（自治区或直辖市）的52所高校参赛。", new[] { "省", "高校" })]
    // A change from an earlier start keeps the subject named before it.
    [InlineData("农家书屋从最初的5家扩展到40多家。", new[] { "农家书屋", "农家书屋" })]
    [InlineData("农家书屋从最初的5家扩展到如今40多家。", new[] { "农家书屋", "农家书屋" })]
    [InlineData("志愿服务队由最初的3支增加到目前的26支。", new[] { "志愿服务队", "志愿服务队" })]
    // So does a change that opens its clause, with the subject in the clause before (before its 是, or all of it).
    [InlineData("全镇民宿，由原来的5家增加到40家。", new[] { "民宿", "民宿" })]
    [InlineData("全县退还违规补贴，由2021年的300万元，降至2022年80万元。", new[] { "退还违规补贴", "退还违规补贴" })]
    [InlineData("河道最大流量是有记录以来最高的，从800立方米/秒上涨到3000立方米/秒。", new[] { "河道最大流量", "河道最大流量" })]
    [InlineData("今年的展会是历年最长的，从4天延长至6天。", new[] { "展会", "展会" })]
    // And a clause that is only the verb linking its level: the level is the subject's of the clause before.
    [InlineData("今年全县粮食总产量再创新高，达到12.6万吨。", new[] { "粮食总产量再创新高" })]
    [InlineData("受助对象中以留守儿童居多，共计860人。", new[] { "受助对象中以留守儿童居多" })]
    // A noun that begins with 中 (medium, central) is read through it; a figure restated in brackets in another unit,
    // and the people of households counted at the end of the clause before, count the same thing.
    [InlineData("暴雨致6座中型水库、21座小型水库超汛限。", new[] { "中型水库", "小型水库超汛限" })]
    [InlineData("项目总投资2.5亿元（约3200万欧元）。", new[] { "项目总投资", "项目总投资" })]
    [InlineData("小区现有住户420户，约1300人。", new[] { "住户", "住户" })]
    // A place with its average after a figure of the same unit says where that part of it is.
    [InlineData("全市平均降雨量260毫米，其中延庆区平均410毫米、怀柔区平均380毫米。", new[] { "平均降雨量", "平均降雨量（延庆区）", "平均降雨量（怀柔区）" })]
    // The peak a change reaches, and this year as the time of its new level, name nothing counted.
    [InlineData("河水流量，从600立方米/秒上涨到峰值2100立方米/秒。", new[] { "河水流量", "河水流量" })]
    [InlineData("茶叶合作社由3家增加到今年的15家。", new[] { "茶叶合作社", "茶叶合作社" })]
    // 压减到 is a change to a new level (减到 alone would leave its 压).
    [InlineData("小型养殖场由900处压减到300处以下。", new[] { "小型养殖场", "小型养殖场" })]
    [InlineData("共有12个、8个村上榜。", new[] { "村", "村" })]
    [InlineData("入围品牌10个。", new[] { "入围品牌" })]
    // The next count's words begin after the last joiner before it; a verb of having before it makes it a part; a short
    // lead the subject before ends with names the same thing.
    [InlineData("6名医生和急救中心4名护士赶到现场。", new[] { "医生", "护士" })]
    [InlineData("12台机组中有10台实现并网。", new[] { "机组", "机组" })]
    [InlineData("年产值50亿元，有望新增产值20亿元。", new[] { "年产值", "产值" })]
    // What befell the people of a count that read its own words is not the next count's.
    [InlineData("3人死亡、2人受伤。", new[] { "死亡", "受伤" })]
    [InlineData("60多户、150多名村民被困。", new[] { "村民（被困）", "村民（被困）" })]
    // What is counted, named before 已 and the verb that ends the words; a part of the year, or this year after a
    // one-character noun, ends the noun; 成为 opens the predicate and 全力, 逐步 are adverbs of it.
    [InlineData("社区志愿服务站目前已建成42家。", new[] { "社区志愿服务站" })]
    [InlineData("全省11个地市上半年的税收收入均有增长。", new[] { "地市" })]
    [InlineData("全县9个乡今年新建文化广场20个。", new[] { "乡", "文化广场" })]
    [InlineData("该区以8.5%的增幅成为全市第一。", new[] { "增幅" })]
    [InlineData("120个网点全力保障蔬菜供应。", new[] { "网点" })]
    [InlineData("30名队员逐步撤离现场。", new[] { "队员" })]
    // People counted are the people named after 的, which a verb of having may open before 从; the day after 截至 says when.
    [InlineData("对260名新入职的社区工作者开展培训。", new[] { "社区工作者" })]
    [InlineData("吸引800余名有从事养老服务意愿的青年报名。", new[] { "青年" })]
    [InlineData("9家存在安全隐患的企业已完成整改。", new[] { "企业" })]
    [InlineData("300名从山区转移来的村民参加了座谈。", new[] { "村民" })]
    // A verb of going, and 担任, begin no noun: the count before them reads the words before it, or the head after the
    // 的 that closes the clause they open; a count of times is named by the going.
    [InlineData("蓝天救援队员40余名赶赴灾区。", new[] { "蓝天救援队员" })]
    [InlineData("聘请8名律师担任法律顾问。", new[] { "律师" })]
    [InlineData("12支驰援灾区的救援队已返回。", new[] { "救援队" })]
    [InlineData("该队曾两次前往灾区救援。", new[] { "前往灾区救援" })]
    // People in 人 named before their count: the noun run into the next count is that count's.
    [InlineData("现场共有党员45人群众300人。", new[] { "党员", "群众" })]
    [InlineData("查处违法人员12人涉案车辆5辆。", new[] { "查处违法人员", "涉案车辆" })]
    [InlineData("截至5日晚累计转运物资1.2万余件。", new[] { "转运物资" })]
    // A title run into the byline or the credit under it; the places of a list, each with its figure in brackets.
    [InlineData("开业首日实现销售额约80万元东方全媒体记者 王丽 通讯员 张强报道。", new[] { "销售额" })]
    [InlineData("上半年全省办结信访事项1.2万件文、图/本报记者 李明", new[] { "办结信访事项" })]
    [InlineData("杭州（2000亿元）、宁波（1800亿元）上半年的工业产值居前两位。", new[] { "杭州", "宁波" })]
    [InlineData("县蓝天救援队第二梯队8人携带橡皮艇出发。", new[] { "县蓝天救援队第二梯队" })]
    [InlineData("街道和社区工作人员五十余人齐聚礼堂。", new[] { "街道和社区工作人员" })]
    [InlineData("组织突击力量15人组建拆违专班。", new[] { "突击力量" })]
    [InlineData("各村负责人40余人参会。", new[] { "参会" })]
    [InlineData("副站长带领农技人员一行6人赶赴各村。", new[] { "农技人员一行" })]
    [InlineData("在党员带领下义务植树200棵。", new[] { "在党员带领下义务植树" })]
    [InlineData("镇工会为25名加入行业工会的外卖骑手员工发放会员卡。", new[] { "外卖骑手员工" })]
    [InlineData("全镇有112名学生符合申请条件。", new[] { "学生" })]
    [InlineData("年产5万吨饲料项目不符合用地规定。", new[] { "饲料项目" })]
    [InlineData("区妇联为12名优秀女职工颁发证书。", new[] { "优秀女职工" })]
    [InlineData("全县86支巾帼服务队共开展412场宣讲。", new[] { "巾帼服务队", "宣讲" })]
    [InlineData("14个县共资助贫困学生2300人。", new[] { "县", "贫困学生" })]
    [InlineData("协会现在有会员1200人。", new[] { "会员" })]
    [InlineData("小区有留守儿童35名。", new[] { "留守儿童" })]
    [InlineData("村里没有劳动能力的老人18名。", new[] { "村里没有劳动能力的老人" })]
    [InlineData("全县城镇居民人均可支配收入28600元，比上年同期名义增长5.1%。", new[] { "城镇居民人均可支配收入", "城镇居民人均可支配收入（比上年同期名义增长）" })]
    [InlineData("全县城镇居民人均可支配收入28600元，扣除价格因素实际增长4.2%。", new[] { "城镇居民人均可支配收入", "城镇居民人均可支配收入（实际增长）" })]
    [InlineData("全区常住居民人均消费支出1.2万元，比上年同期大幅增长9.5%。", new[] { "常住居民人均消费支出", "常住居民人均消费支出（比上年同期大幅增长）" })]
    [InlineData("12台抽水泵“轰轰”作响。", new[] { "抽水泵" })]
    [InlineData("评出15位社区“最美”人物。", new[] { "人物" })]
    // With a verb after a quotation inside the words after a count, the noun ends at a word the lexicon knows before it,
    // or is the quoted name when that ends in one or names people.
    [InlineData("全区300多个宣传阵地同“屏”共振。", new[] { "宣传阵地" })]
    [InlineData("为8个第二批“乡村振兴实践基地”授牌。", new[] { "乡村振兴实践基地" })]
    [InlineData("12名本市籍军校“准学员”庄严宣誓。", new[] { "准学员" })]
    [InlineData("带动800余人直接参与乡村旅游。", new[] { "参与乡村旅游" })]
    [InlineData("全镇有12名社区矫正对象参加公益劳动。", new[] { "社区矫正对象" })]
    [InlineData("4个城管拆除了违建。", new[] { "城管" })]
    [InlineData("张某等4人利用职务便利收受财物。", new[] { "张某" })]
    [InlineData("2名志愿者老师利用周末辅导作业。", new[] { "志愿者老师" })]
    [InlineData("将500份慰问物资送到老人家中。", new[] { "慰问物资" })]
    [InlineData("把3000份防疫物资移交给社区。", new[] { "防疫物资" })]
    [InlineData("11名大学生到社区报到。", new[] { "大学生" })]
    [InlineData("30名村民到镇政府反映情况。", new[] { "村民" })]
    [InlineData("修复8个社区给水管网。", new[] { "社区给水管网" })]
    [InlineData("“这6个村就是我们的样板。”", new[] { "村" })]
    [InlineData("葡萄由过去的300亩扩张到了1200亩。", new[] { "葡萄", "葡萄" })]
    [InlineData("县里组建8个防汛抢险和灾后重建驻村指导帮扶小组。", new[] { "防汛抢险和灾后重建驻村指导帮扶小组" })]
    [InlineData("截至昨日8时，全市平均降雨量126.5毫米，城区平均98.7毫米，延庆区平均203.1毫米。", new[] { "平均降雨量", "平均降雨量（城区）", "平均降雨量（延庆区）" })]
    [InlineData("全校今年有28名学生考入重点高中。", new[] { "学生" })]
    [InlineData("全县去年有15名学子考上军校。", new[] { "学子" })]
    [InlineData("团伙向300余名老人非法吸收存款2亿元。", new[] { "老人", "非法吸收存款" })]
    [InlineData("查获2起非法采砂案件。", new[] { "非法采砂案件" })]
    [InlineData("交警查获的4辆无证车辆依法暂扣。", new[] { "无证车辆" })]
    [InlineData("区教育局通报，3名教师违反师德规范。", new[] { "教师" })]
    [InlineData("查处3起违反规定案件。", new[] { "违反规定案件" })]
    [InlineData("法院判处4名被告人有期徒刑两年。", new[] { "被告人" })]
    // The role before anonymised names and 等 is the kind counted, a name only one member of it (NamedMembers).
    [InlineData("一审判处被告人刘某等6人有期徒刑。", new[] { "被告人" })]
    [InlineData("法院以污染环境罪判处涉案企业罚金5万元。", new[] { "涉案企业罚金" })]
    [InlineData("30名退休教师成立银龄讲师团。", new[] { "退休教师" })]
    [InlineData("8名村民牵头成立合作社。", new[] { "村民" })]
    [InlineData("3年来培养乡村工匠260名。", new[] { "乡村工匠" })]
    [InlineData("12名老党员逐一发言。", new[] { "老党员" })]
    [InlineData("20位专家一一作了点评。", new[] { "专家" })]
    [InlineData("参赛队伍一共有18支。", new[] { "参赛队伍" })]
    [InlineData("商户以每份12元的价格出售盒饭。", new[] { "价格" })]
    [InlineData("合作社已孵化鸡苗3万只。", new[] { "鸡苗" })]
    [InlineData("园区还种有蓝莓80亩。", new[] { "蓝莓" })]
    [InlineData("12个获奖项目来自高校。", new[] { "获奖项目" })]
    [InlineData("全区有3个项目获金奖。", new[] { "项目" })]
    [InlineData("15名队员获表彰。", new[] { "队员" })]
    [InlineData("全县农民收入年均增长8.5%。", new[] { "农民收入" })]
    // A change shortened to 增 or 降 right after a comparison is a change as 增长 is; 新增 still introduces what is counted.
    [InlineData("全年实际使用外资8.2亿元，同比增12%。", new[] { "实际使用外资", "实际使用外资（同比增）" })]
    [InlineData("全年出口额较上年降4%。", new[] { "出口额" })]
    // So is an adjective of comparison (高, 多, 少) right after a period compared with; after a reference that is no
    // period it stays with the comparison.
    [InlineData("今年果园苹果产量比去年高了15%。", new[] { "果园苹果产量" })]
    [InlineData("合作社蔬菜外销量比上年同期多了2000吨。", new[] { "合作社蔬菜外销量" })]
    [InlineData("全县粮食单产比全省高了30公斤。", new[] { "粮食单产比全省高" })]
    // 远远 "by far" before a qualifier is no part of what is counted, as a degree adverb before a change is not.
    [InlineData("报名人数已经远远超过3000人。", new[] { "报名人数" })]
    [InlineData("全区新增企业120家。", new[] { "企业" })]
    [InlineData("住户存款余额860亿元，较年初新增52亿元，同比净增6亿元。", new[] { "住户存款余额", "住户存款余额", "住户存款余额" })]
    [InlineData("4名犯罪嫌疑人于昨日被抓获。", new[] { "犯罪嫌疑人" })]
    [InlineData("30名队员按照预案展开搜救。", new[] { "队员" })]
    [InlineData("6个项目提前竣工。", new[] { "项目" })]
    [InlineData("3名老党员带头捐款。", new[] { "老党员" })]
    [InlineData("20名学科带头人参加培训。", new[] { "学科带头人" })]
    [InlineData("5万元资金用于修路。", new[] { "资金" })]
    [InlineData("村集体收益的30%可用于公益事业。", new[] { "村集体收益" })]
    [InlineData("8名教师接受培训。", new[] { "教师" })]
    [InlineData("全县有县道21条，乡道236条，村道1900公里。", new[] { "县道", "乡道", "村道" })]
    [InlineData("全镇养殖生猪3000头，肉牛500头。", new[] { "养殖生猪", "肉牛" })]
    [InlineData("共有200名来自北京、上海等地的志愿者参与服务。", new[] { "志愿者" })]
    [InlineData("40名来自全国28个省份的选手同台竞技。", new[] { "选手", "省份" })]
    [InlineData("12名外来务工人员子女“走进”科技馆。", new[] { "外来务工人员子女" })]
    [InlineData("16名大学生志愿者正为社区老人理发。", new[] { "大学生志愿者" })]
    [InlineData("38名代表又提出了建议。", new[] { "代表" })]
    [InlineData("3台抽水泵正开机作业。", new[] { "抽水泵" })]
    [InlineData("无籽西瓜2元一斤。", new[] { "无籽西瓜" })]
    [InlineData("全县具备2万吨的储备能力。", new[] { "储备能力" })]
    [InlineData("爱心企业捐赠了价值8万元的防汛物资。", new[] { "防汛物资" })]
    [InlineData("该路段全长12公里的山路。", new[] { "路段全长" })]
    [InlineData("该市建成35个功能完善的村级服务站。", new[] { "村级服务站" })]
    [InlineData("全县有15所条件较好的乡镇学校。", new[] { "乡镇学校" })]
    [InlineData("建成3个标准化的卫生室。", new[] { "卫生室" })]
    [InlineData("打造3个独具特色的旅游村。", new[] { "旅游村" })]
    [InlineData("查看3个批次的产品。", new[] { "批次" })]
    // 有关 is one word, whose 有 is no filler; a few stations singled out measure what the figure before measured.
    [InlineData("县里组织有关部门120人开展排查。", new[] { "有关部门" })]
    [InlineData("全市平均降雨量80毫米，个别站点超过150毫米。", new[] { "平均降雨量", "平均降雨量（个别站点）" })]
    // A rate before 的 and a measuring head is that measure's, with the average word before the head; a head that is no
    // measure leaves the words before the rate.
    [InlineData("今年有6个县跑赢全省6.2%的平均增速。", new[] { "县", "平均增速" })]
    [InlineData("今年实现了8%的平均增长。", new[] { "今年实现了" })]
    // A part counted after a whole named before 中有, with only its predicate after it, counts the whole's noun; a part
    // that names itself keeps its noun.
    [InlineData("参加义诊的医务人员中有12人来自省城医院。", new[] { "医务人员（来自省城医院）" })]
    [InlineData("全省的百强县中有8个跑赢了全省平均增速。", new[] { "百强县（跑赢）" })]
    [InlineData("全县志愿者中有300人参加培训。", new[] { "志愿者" })]
    // People listed before a count of objects share no noun with it; teams of people and households do.
    [InlineData("全县投入1200余人、300台抽水泵，全力排涝。", new[] { "投入", "抽水泵" })]
    [InlineData("组建28支、共计900人的抢险队伍。", new[] { "抢险队伍", "抢险队伍" })]
    [InlineData("共转移80多户、180多名村民。", new[] { "村民", "村民" })]
    // An institution named after a level and its aside is counted, the level its modifier; a verb after the aside
    // leaves the level counted.
    [InlineData("全市21家县（区）人民医院开通远程会诊。", new[] { "县人民医院" })]
    [InlineData("全省建成40个乡镇（街道）综合文化站。", new[] { "乡镇综合文化站" })]
    [InlineData("12个县（市、区）启动应急响应。", new[] { "县" })]
    [InlineData("已在8个县（区）建成便民服务站12个。", new[] { "县", "便民服务站" })]
    // Words before 的 that end in a descriptive adjective, each item of a list of them, or an idiom that describes, are a
    // relative clause: the head after the 的 is counted. A noun before 的 (困难群众, 年龄段) keeps its reading.
    [InlineData("活动现场展出了12件造型精美、色彩鲜艳的剪纸作品。", new[] { "剪纸作品" })]
    [InlineData("超市上架了30余种新鲜又实惠的蔬菜。", new[] { "蔬菜" })]
    [InlineData("乐队演唱了8首脍炙人口的老歌。", new[] { "老歌" })]
    [InlineData("维修了12户困难群众的住房。", new[] { "困难群众" })]
    [InlineData("活动吸引了3个不同年龄段的队伍。", new[] { "不同年龄段" })]
    [InlineData("采用两种形式的宣传。", new[] { "形式" })]
    [InlineData("全年办理案件1200件，比上年多出300件。", new[] { "案件", "案件" })]
    [InlineData("村民领到了2000元的分红。", new[] { "分红" })]
    [InlineData("他们走完了30公里的山路。", new[] { "山路" })]
    [InlineData("海拔3000米的雪山。", new[] { "海拔" })]
    [InlineData("调派25名指战员赶往现场。", new[] { "指战员" })]
    [InlineData("评选出10户优秀“文明家庭”。", new[] { "文明家庭" })]
    [InlineData("3名优秀“护河卫士”获得表彰。", new[] { "护河卫士" })]
    [InlineData("全县共接报山洪灾害42起，是多年平均数量的3.5倍。", new[] { "山洪灾害", "山洪灾害（是多年平均数量的）" })]
    [InlineData("行情稳定，25到35元一斤。", new[] { "一斤" })]
    [InlineData("鲜桃收购均价每斤4.2元、较去年同期上涨0.3元。", new[] { "鲜桃收购均价", "鲜桃收购均价" })]
    [InlineData("全年产值8000万元，预计能有100万元的利润。", new[] { "产值", "利润" })]
    [InlineData("对6名困难学生给予补助。", new[] { "困难学生给予补助" })]
    // Coming, moving in, being placed, a degree, a concession and a per-unit adverb open the predicate after a counted
    // noun; 设立 does not, since it stops a noun after its first character too (20家新设立企业).
    [InlineData("周末有三百多名市民前来采摘葡萄。", new[] { "市民" })]
    [InlineData("全镇11个村卫生室不同程度受损。", new[] { "村卫生室" })]
    [InlineData("首批46户移民入住新居。", new[] { "移民" })]
    [InlineData("300张折叠床摆放在体育馆内。", new[] { "折叠床" })]
    [InlineData("8名学生虽然家里困难，却从未放弃。", new[] { "学生" })]
    [InlineData("6个巡查组每天沿河巡查。", new[] { "巡查组" })]
    [InlineData("全区20家新设立企业。", new[] { "新设立企业" })]
    // A short lead that names a sum of money (罚款, 罚金, 金额) names the figure; it is no action on the subject before.
    [InlineData("责令退还违法所得3万元，并处罚款8万元。", new[] { "责令退还违法所得", "罚款" })]
    [InlineData("判处有期徒刑三年，并处罚金五万元。", new[] { "罚金" })]
    // 意向 keeps its 向; 面向 opens the predicate whole.
    [InlineData("洽谈会上共42人达成初步务工意向。", new[] { "达成初步务工意向" })]
    [InlineData("18家非遗工坊面向游客开放。", new[] { "非遗工坊" })]
    // 等 inside a noun (等级, 高等, 甲等) closes no list; a cause (因旱, 因地制宜) opens the predicate.
    [InlineData("全省新增2000名高级技能等级家政服务员。", new[] { "高级技能等级家政服务员" })]
    [InlineData("该市共有9家三级甲等医院。", new[] { "三级甲等医院" })]
    [InlineData("全县3万头生猪因旱出栏推迟。", new[] { "生猪" })]
    [InlineData("8个乡镇卫生院因地制宜开设夜间门诊。", new[] { "乡镇卫生院" })]
    // A verb of reaching right before the next figure links it to the noun both share and is part of neither.
    [InlineData("全县12个水质监测断面达标比例达95%。", new[] { "水质监测断面达标比例", "水质监测断面达标比例" })]
    [InlineData("5项民生工程完工进度达到72%。", new[] { "民生工程完工进度", "民生工程完工进度" })]
    public void EachCountOfAListOrAPartReadsItsOwnMetric(string paragraph, string[] metrics)
    {
        Assert.Equal(metrics, Extract(paragraph).Select(s => s.Metric));
    }

    // Not when the clause before has a figure of its own, nor when 由 names who acted (no new level after the figure).
    [Theory]
    [InlineData("他种菜已有5年，从20亩扩大到80亩。", "种菜")]
    [InlineData("检察院与武装部签约，由两人负责宣传。", "签约")]
    public void AChangeDoesNotTakeTheWordsOfAClauseThatIsNoSubject(string paragraph, string clauseBefore)
    {
        Assert.All(Extract(paragraph), statistic => Assert.DoesNotContain(clauseBefore, statistic.Metric, StringComparison.Ordinal));
    }

    [Fact]
    public void MoreThanAnEarlierPeriodMeasuresTheSubjectBefore()
    {
        Assert.StartsWith("车辆", Extract("新增车辆10辆，比上年多3辆。")[1].Metric, StringComparison.Ordinal);
    }

    [Fact]
    public void AMonthBeforeADayIsNoPeriodOfTheCountedThing()
    {
        Assert.DoesNotContain(Extract("计划8月10日之前完成5万亩的补水工作。"), s => s.Metric.StartsWith("10日", StringComparison.Ordinal));
    }

    // The one statistic of a paragraph that has one.
    private static Statistic Single(string paragraph) => Assert.Single(Extract(paragraph));

    [Theory]
    // A locative after the counted noun makes a place of it; the noun alone is counted.
    [InlineData("集市当天，八十多个摊位上已经摆满了年货。", "摊位")]
    [InlineData("在这片500余亩的试验田里，农技员正在测产。", "试验田")]
    // Not where the locative closes a word of its own, nor where 上 is a verb's complement before an aspect particle.
    [InlineData("全县12所高中已全部开学。", "高中")]
    public void ALocativeAfterTheCountedNounIsNoPartOfIt(string paragraph, string metric) =>
        Assert.Equal(metric, Extract(paragraph)[0].Metric);

    [Theory]
    // A length with 长, 宽, 高 … after it is that dimension of the noun after the dimensions and their 的.
    [InlineData("今年新修1.8公里长、4米宽机耕道。", new[] { "机耕道（长度）", "机耕道（宽度）" })]
    [InlineData("河边建起一座12米高的瞭望塔。", new[] { "瞭望塔（高度）" })]
    // Not where the adjective may begin the word after it.
    [InlineData("今年整治5公里长江岸线。", new[] { "长江岸线" })]
    public void ALengthBeforeADimensionMeasuresTheNounAfterIt(string paragraph, string[] metrics) =>
        Assert.Equal(metrics, Extract(paragraph).Select(statistic => statistic.Metric));

    [Fact]
    public void AVerbsComplementBeforeAnAspectParticleIsNoLocative() =>
        Assert.EndsWith("披上", Extract("园方给200多株荷花披上了遮阳网。")[0].Metric);

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
