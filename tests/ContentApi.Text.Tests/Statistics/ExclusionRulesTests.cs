using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class ExclusionRulesTests
{
    [Fact]
    public void EachListedWordStandsOnceInItsList()
    {
        var rows = DataTable.Read("exclusion-words.tsv", "list", "word").Select(row => (List: row[0], Word: row[1])).ToList();

        Assert.All(rows, row => Assert.Matches("^[a-z]+(-[a-z]+)*$", row.List));
        Assert.All(rows, row => Assert.DoesNotMatch(@"\s", row.Word));
        Assert.Equal(rows.Count, rows.Distinct().Count());
    }

    [Theory]
    [InlineData("第五届读书节开幕", "五")]
    [InlineData("荣获第3名", "3")]
    [InlineData("县委十三届五次全会召开", "十三")]
    [InlineData("县委十三届五次全会召开", "五")]
    [InlineData("出席市第九次党代会", "九")]
    [InlineData("传达十三届三次、四次全会精神", "三")]
    public void TreatsNumberedTermsAndSessionsAsOrdinals(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Ordinal, decision);
    }

    [Theory]
    [InlineData("1998年建成", "1998")]
    [InlineData("6月18日开幕", "6")]
    [InlineData("6月18日开幕", "18")]
    [InlineData("建校60周年", "60")]
    [InlineData("每周三开放", "三")]
    [InlineData("历时3个月", "3")]
    [InlineData("用了3个多月", "3")]
    [InlineData("增速连续5个季度位居全省前列", "5")]
    [InlineData("在7个工作日内办结", "7")]
    [InlineData("3个小时后水位回落", "3")]
    [InlineData("两天之后恢复通车", "两")]
    public void TreatsYearsDaysAnniversariesAndWeekdaysAsDates(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Date, decision);
    }

    [Theory]
    [InlineData("晚上8点集合", "8")]
    [InlineData("14:30开始", "14:30")]
    public void TreatsClockTimesAsTimes(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Time, decision);
    }

    [Theory]
    [InlineData("落实“六个一”要求", "六")]
    [InlineData("打造“10分钟健身圈”", "10")]
    [InlineData("学习《十项准则》", "十")]
    [InlineData("学习贯彻十九大精神", "十九")]
    [InlineData("严守四项规定", "四")]
    [InlineData("践行三个代表重要思想", "三")]
    [InlineData("庆祝六一儿童节", "六一")]
    [InlineData("位于五里桥村", "五")]
    [InlineData("走访九棵松村", "九")]
    [InlineData("电话5G基站", "5")]
    // The generation of a mobile network typed lowercase before a word of networks.
    [InlineData("全镇新建5g基站30个", "5")]
    [InlineData("实现4g网络全覆盖", "4")]
    [InlineData("家住2楼", "2")]
    [InlineData("改造三号路", "三")]
    [InlineData("沿省道216向北", "216")]
    [InlineData("中电二〇一所", "二〇一")]
    [InlineData("来自四川", "四")]
    [InlineData("举办七人制足球联赛", "七")]
    [InlineData("宿舍设有双人间和四人间", "四")]
    [InlineData("市公安局特警三支队前往增援", "三")]
    [InlineData("武警三支队五中队官兵", "三")]
    // A school class named by its number.
    [InlineData("本文作者为县一中高231班学生", "231")]
    [InlineData("初203班全体同学", "203")]
    // A district named with a numeral, in a list of divisions without its 区.
    [InlineData("全市辖东山1市、三元、西林2区和8个县", "三")]
    [InlineData("下辖北湖区、三元、南坪县", "三")]
    // A name in single quotes, as speech quotes it.
    [InlineData("“我们围绕‘五个率先’谋划全年工作”", "五")]
    [InlineData("他说，‘三张清单’管用", "三")]
    [InlineData("老支书常讲‘两个确保’", "两")]
    [InlineData("站长说‘五条举措’和‘三项制度’都要落实", "三")]
    // A slogan counted from outside its quotes: a quoted character, sign or doctrine's word.
    [InlineData("深化五个“一”服务行动", "五")]
    [InlineData("推行两个“+”模式", "两")]
    [InlineData("坚决做到两个“维护”", "两")]
    public void TreatsQuotedSlogansTitlesAndNamesWithNumeralsAsNames(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Name, decision);
    }

    [Theory]
    [InlineData("活动安排如下。01报名对象本镇居民", "01")]
    [InlineData("服务内容见下文。03家庭医生签约", "03")]
    [InlineData("02两新组织党建", "02")]
    public void TreatsAZeroPaddedMarkOpeningASectionAsAnEnumeration(string sentence, string number) =>
        Assert.Equal(NumberDecision.Enumeration, Decide(sentence, number));

    [Theory]
    // Not zero-padded, or not at an opening: a count, a time.
    [InlineData("本次共有05名选手晋级", "05")]
    [InlineData("全镇新增03家合作社，", "03")]
    [InlineData("活动安排如下。10名志愿者参加", "10")]
    public void ANumberNotOpeningASectionStaysACount(string sentence, string number) =>
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));

    [Theory]
    [InlineData("学校今年开设高中24班", "24")]
    [InlineData("该校初中部共有18班", "18")]
    // 高 or 初 after a time is a comparison or a start, not a school's level.
    [InlineData("夜间巡逻比去年高3班", "3")]
    [InlineData("保洁排班比上月高2班", "2")]
    [InlineData("自年初起每天加开4班", "4")]
    public void ACountOfClassesStaysACount(string sentence, string number) =>
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));

    [Theory]
    // Sums in a list beside other sums or nouns stay money.
    [InlineData("菜价每斤三元、五元不等", "三")]
    [InlineData("成人票价十元、儿童免票", "十")]
    [InlineData("捐款五百元、棉被20床", "五百")]
    public void TreatsASumInAListOfSumsAsMoney(string sentence, string number) =>
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));

    [Theory]
    [InlineData("每份加入5g食盐", "5")]
    [InlineData("平均单果重182.5g，较上年增加", "182.5")]
    public void TreatsALowercaseGOutsideANetworkWordAsGrams(string sentence, string number) =>
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));

    [Theory]
    [InlineData("八大类价格环比五升三降", "五")]
    [InlineData("八大类价格同比两降六升", "六")]
    [InlineData("各类指数三涨一跌", "三")]
    public void TreatsATallyOfRisesAndFallsAsAWord(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Word, decision);
    }

    [Theory]
    [InlineData("违规电动三、四轮车不得上路", "四")]
    [InlineData("驾驶两轮电动摩托车途经村道", "两")]
    [InlineData("一辆三轮摩托车停在路边", "三")]
    public void TreatsTheWheelsOfAVehicleAsAWord(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Word, decision);
    }

    [Theory]
    [InlineData("全省得分暂列排行榜前六位", "六")]
    [InlineData("前三名获奖者将获推荐", "三")]
    [InlineData("比赛前三名获得奖杯", "三")]
    // The first occasions of a series are no count of them.
    [InlineData("总结前两次督查发现的问题", "两")]
    [InlineData("本届比前四期活动规模更大", "四")]
    [InlineData("对前三轮审计整改情况开展回访", "三")]
    public void TreatsARankAsAnOrdinal(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Ordinal, decision);
    }

    [Theory]
    // 二 alone before a measure word is "the second": a count says 两.
    [InlineData("园区二期已投入使用", "二")]
    [InlineData("执行二套房贷利率", "二")]
    public void TreatsErAloneBeforeAMeasureWordAsAnOrdinal(string sentence, string number) =>
        Assert.Equal(NumberDecision.Ordinal, Decide(sentence, number));

    [Theory]
    [InlineData("全县有县道15条", "15")]
    [InlineData("其中乡道120公里", "120")]
    public void ACountOrLengthOfRoadsOfAClassIsCounted(string sentence, string number) =>
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));

    [Theory]
    [InlineData("此前10名群众已转移", "10")]
    [InlineData("目前3位专家已到场", "3")]
    public void PeopleCountedAfterAWordOfTimeEndingInQianAreCounted(string sentence, string number) =>
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));

    [Theory]
    [InlineData("此前2次抽检均合格", "2")]
    [InlineData("节前2次走访均未遇到险情", "2")]
    [InlineData("汛前3次排查隐患", "3")]
    public void OccasionsCountedAfterAWordOfTimeEndingInQianAreCounted(string sentence, string number) =>
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));

    // A share in brackets is a figure, except the base a difference right after it is measured against.
    [Theory]
    [InlineData("工业增速高于全省(4.6%)2.1个百分点", "4.6", NumberDecision.Other)]
    [InlineData("比全市增速（7.2%）低0.5个百分点", "7.2", NumberDecision.Other)]
    [InlineData("五县中增速较快的是甲县（8.1%）和乙县（7.7%）", "8.1", NumberDecision.Statistic)]
    [InlineData("增速最快的是甲县（8.1%）2023年已连续领先", "8.1", NumberDecision.Statistic)]
    [InlineData("（3）加强队伍建设", "3", NumberDecision.Enumeration)]
    public void ReadsABracketedShareAsAFigureUnlessItIsABase(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // A tenor names a loan or a bond; a span before 期间 is still a span.
    [Theory]
    [InlineData("央行开展14天期逆回购操作", "14", NumberDecision.Name)]
    [InlineData("展会7天期间共接待游客", "7", NumberDecision.Statistic)]
    public void ReadsASpanBeforeQiAsATenor(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    [Fact]
    public void RoundsOfAContestAreStillCounted() =>
        Assert.Equal(NumberDecision.Statistic, Decide("比赛共进行了3轮角逐", "3"));

    // A sport, a game format, a room type or a police unit named by a number; counts of teams and people before the same
    // characters are still counts.
    [Theory]
    [InlineData("参加铁人三项比赛", "三", NumberDecision.Word)]
    [InlineData("全县组建12支队伍参赛", "12", NumberDecision.Statistic)]
    [InlineData("派出3支队员齐全的救援队", "3", NumberDecision.Statistic)]
    [InlineData("项目带动300人间接就业", "300", NumberDecision.Statistic)]
    public void ReadsANumberThatNamesASportOrAUnitApartFromACount(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    [Fact]
    public void AVolumeInLitresIsStillAStatistic() =>
        Assert.Equal(NumberDecision.Statistic, Decide("每户发放食用油五升", "五"));

    [Theory]
    [InlineData("一是抓学习，二是抓落实", "一")]
    [InlineData("一是抓学习，二是抓落实", "二")]
    public void TreatsYiShiErShiAsAnEnumeration(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Enumeration, decision);
    }

    [Theory]
    [InlineData("奉献一生", "一")]
    [InlineData("统一部署", "一")]
    [InlineData("造福百姓", "百")]
    [InlineData("万众一心", "万")]
    // 千万 with no bound before it is the adverb "by all means", or a rhetorical multitude; a bare round number with
    // none modifies a noun (千亩示范片).
    [InlineData("千万不要轻信陌生来电", "千万")]
    [InlineData("承载着千万人的期盼", "千万")]
    [InlineData("建成千亩示范片", "千")]
    [InlineData("统筹推进五位一体总体布局", "五")]
    [InlineData("打造一批精品", "一")]
    [InlineData("一座座高楼", "一")]
    [InlineData("家人四处打听消息", "四")]
    [InlineData("这两天正忙着收玉米", "两")]
    [InlineData("镇三套班子成员分片包村", "三")]
    // Idioms (成语) with numerals in them.
    [InlineData("三天打鱼，两天晒网", "三")]
    [InlineData("三天打鱼，两天晒网", "两")]
    [InlineData("骗术五花八门", "八")]
    public void TreatsNumeralsInsideWordsAndTheArticleYiAsWords(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Word, decision);
    }

    // 一 beside a count of two or more things of its kind in a list counts one, as its neighbour counts two; alone, or
    // beside only other items of 一, it is the article.
    [Theory]
    [InlineData("救援队带着一个充气艇、两个救生筏赶赴灾区", "一", NumberDecision.Statistic)]
    [InlineData("镇里调来三台抽水泵和一条运输船", "一", NumberDecision.Statistic)]
    [InlineData("论坛设一场主旨演讲、一场圆桌对话、三场分论坛", "一", NumberDecision.Statistic)]
    [InlineData("救援队带着一个充气艇赶赴灾区", "一", NumberDecision.Word)]
    [InlineData("村里建起一座文化礼堂和一个健身广场", "一", NumberDecision.Word)]
    [InlineData("第3批队员和一名向导出发", "一", NumberDecision.Word)]
    // A sum beside it, or a verb after a count of people, makes no list of like counts.
    [InlineData("社区干部给老人送去一箱鸡蛋和500元慰问金", "一", NumberDecision.Word)]
    [InlineData("队员们有的一人扛、两人抬，搬走杂物", "一", NumberDecision.Word)]
    // The numbered parts of a plan, after a verb setting them up or before the pattern they make, are no counts.
    [InlineData("全镇坚持一个目标、两个抓手推进振兴", "一", NumberDecision.Word)]
    [InlineData("园区着力打造一个平台、三个中心", "一", NumberDecision.Word)]
    [InlineData("全县形成一个枢纽、两个片区的物流布局", "一", NumberDecision.Word)]
    // Alternatives joined by 或 are no list of counts.
    [InlineData("每个村准备一台水泵或两台发电机", "一", NumberDecision.Word)]
    public void ReadsYiAsACountInAListOfCounts(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // A lone 百, 千, 万 or 亿 that 达 reaches is a round number reached, as after 逾 or 超; elsewhere it is a word. 达 that
    // ends a verb of reaching a place (送达, 直达) reaches no level, and the idiom 千家万户 is a word after any 达.
    [Theory]
    [InlineData("露营地节假日日接待量最高可达千人", "千", NumberDecision.Statistic)]
    [InlineData("合作社年销售额达亿元", "亿", NumberDecision.Statistic)]
    [InlineData("周末游园人数多达万人", "万", NumberDecision.Statistic)]
    [InlineData("把志愿服务送到千家万户", "千", NumberDecision.Word)]
    [InlineData("把防汛预警短信送达千家万户", "千", NumberDecision.Word)]
    [InlineData("让便民服务直达千家万户", "千", NumberDecision.Word)]
    [InlineData("冷链车把新鲜蔬菜送达万家", "万", NumberDecision.Word)]
    [InlineData("受益群众已达千家万户", "千", NumberDecision.Word)]
    public void ReadsALoneMultiplierAfterDaAsARoundNumber(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // A round number a bound reaches counts before a place ending (路, 村, 街道); a small Chinese numeral and two
    // characters before one name a place.
    [Theory]
    [InlineData("暴雨过后全县抢修上千处的路面塌陷", "千", NumberDecision.Statistic)]
    [InlineData("志愿者走进三里河社区", "三", NumberDecision.Name)]
    public void ReadsARoundNumberABoundReachesBeforeAPlaceEndingAsACount(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // A grade in 类 rates the noun; a count of kinds closes a list or is a verb's object.
    [Theory]
    [InlineData("全县河流断面水质均达到三类以上", "三", NumberDecision.Structure)]
    [InlineData("劣五类水体比例降至2%", "五", NumberDecision.Structure)]
    [InlineData("该企业研发的1类新药获批上市", "1", NumberDecision.Structure)]
    [InlineData("园区企业的3个三类医疗器械产品获证", "三", NumberDecision.Structure)]
    [InlineData("为脱贫户中的三类户发放补贴", "三", NumberDecision.Structure)]
    [InlineData("聚焦电信诈骗、非法集资等6类突出问题", "6", NumberDecision.Statistic)]
    [InlineData("全市调拨生活物资12类", "12", NumberDecision.Statistic)]
    // A physical quantity before 级 or 型 names a size class.
    [InlineData("建成20万吨级散货码头", "20", NumberDecision.Structure)]
    [InlineData("调派9.6米型厢式货车运送物资", "9.6", NumberDecision.Structure)]
    [InlineData("新建码头年吞吐能力20万吨，", "20", NumberDecision.Statistic)]
    public void ReadsAGradeOrASizeClassApartFromACount(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // A phase of works is named, not counted; sessions held are counted.
    [Theory]
    [InlineData("加快推进产业园三期扩建", "三", NumberDecision.Name)]
    [InlineData("数据中心完成四期建设", "四", NumberDecision.Name)]
    [InlineData("物流园三期等12个项目集中开工", "三", NumberDecision.Name)]
    [InlineData("书画培训班(一期、三期)结业", "三", NumberDecision.Name)]
    [InlineData("今年已举办三期培训班", "三", NumberDecision.Statistic)]
    [InlineData("剩余四期活动将在暑期开展", "四", NumberDecision.Statistic)]
    public void ReadsAPhaseOfWorksApartFromSessionsHeld(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // A deadline after an event, a circle of services named by its minutes, an idiom and "a few days ago" measure no span;
    // a span reporting how fast something was done does.
    [Theory]
    [InlineData("受理申请后7天内，按照核定金额的60%先行拨付", "7", NumberDecision.Other)]
    [InlineData("自公告发布之日起15天内提出异议", "15", NumberDecision.Other)]
    [InlineData("休渔结束后3天至5天内返港", "3", NumberDecision.Other)]
    [InlineData("休渔结束后3天至5天内返港", "5", NumberDecision.Other)]
    [InlineData("抢修队在3天内恢复了供水", "3", NumberDecision.Statistic)]
    [InlineData("民警12小时内抓获嫌疑人", "12", NumberDecision.Statistic)]
    [InlineData("推进10分钟社区养老服务圈建设", "10", NumberDecision.Name)]
    [InlineData("骑行10分钟到达服务中心", "10", NumberDecision.Statistic)]
    [InlineData("他三天两头往村委会跑", "三", NumberDecision.Word)]
    [InlineData("前两天，老李接到了镇里的通知", "两", NumberDecision.Other)]
    [InlineData("展会前三天接待游客", "三", NumberDecision.Statistic)]
    public void ReadsDeadlinesCirclesAndAFewDaysAgoApartFromASpanMeasured(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // The span of a routine is a timetable's rule; a level reached and a rate of output are measured.
    [Theory]
    [InlineData("学员每五十分钟休息十分钟", "五十", NumberDecision.Other)]
    [InlineData("护林员大概三四天上山一次", "三四", NumberDecision.Other)]
    [InlineData("夏季十天左右去一趟", "十", NumberDecision.Other)]
    [InlineData("托管班每天4个小时，由志愿者辅导", "4", NumberDecision.Other)]
    [InlineData("志愿者在服务台每日值守6小时", "6", NumberDecision.Other)]
    [InlineData("入夏以来每天日照都在10小时以上", "10", NumberDecision.Statistic)]
    [InlineData("生产线每90秒下线一台空调", "90", NumberDecision.Statistic)]
    [InlineData("生产线每2小时下线500件产品", "2", NumberDecision.Statistic)]
    [InlineData("抢险队员连续奋战6小时", "6", NumberDecision.Statistic)]
    public void ReadsTheSpanOfARoutineApartFromASpanMeasured(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    // The characters of a phrase just quoted or pointed at are no amount written.
    [Theory]
    [InlineData("他一直记着‘踏实肯干’四个字", "四", NumberDecision.Name)]
    [InlineData("门口写着这6个字", "6", NumberDecision.Name)]
    [InlineData("这短短的十二个字道出了心声", "十二", NumberDecision.Name)]
    [InlineData("孩子们一个暑假写了3000个字的日记", "3000", NumberDecision.Statistic)]
    public void ReadsTheLengthOfAQuotedPhraseApartFromAnAmountWritten(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    [Theory]
    [InlineData("建立三级联动机制", "三")]
    [InlineData("开展一对一帮扶", "一")]
    public void TreatsTiersAndPairingsAsStructure(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Structure, decision);
    }

    [Theory]
    [InlineData("比赛分为预赛、复赛两个阶段进行", "两")]
    [InlineData("意见从6个方面提出了具体措施", "6")]
    [InlineData("演出分为三个篇章", "三")]
    [InlineData("课程设置四个模块", "四")]
    // A count followed at once by the first point of an enumeration announces the points.
    [InlineData("乡村旅游发展主要有三种路径：一是依托景区带动", "三")]
    [InlineData("今年的帮扶工作有两个重点，第一是稳就业", "两")]
    [InlineData("镇里出台了12条扶持措施。（一）减免租金", "12")]
    [InlineData("我想问两个问题。第一，补贴何时发放？", "两")]
    public void TreatsThePartsOfAPlanOrAShowAsStructure(string sentence, string number)
    {
        Assert.Equal(NumberDecision.Structure, Decide(sentence, number));
    }

    // The parts of a plan numbered one by one from a 一 that opens them are its structure, as the 一 is; beside a 一 that
    // opens no plan, or out of order, the counts count.
    [Theory]
    [InlineData("全镇坚持一个目标、两个抓手推进振兴", "两", NumberDecision.Structure)]
    [InlineData("街道构建一个平台、两个中心、三项制度，织密服务网", "三", NumberDecision.Structure)]
    [InlineData("全县形成一个枢纽、两个片区的物流布局", "两", NumberDecision.Structure)]
    [InlineData("救援队带着一个充气艇、两个救生筏赶赴灾区", "两", NumberDecision.Statistic)]
    [InlineData("园区着力打造一个平台、三个中心", "三", NumberDecision.Statistic)]
    public void ReadsThePartsOfAPlanNumberedOnFromItsFirstAsStructure(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    [Theory]
    // How often a routine recurs, and the parts of a quoted formula, are no quantities reported.
    [InlineData("社区每月开展1次安全巡查", "1")]
    [InlineData("民兵训练每周不少于3次", "3")]
    [InlineData("对安置点进行每日两次消毒", "两")]
    [InlineData("重点企业每两周至少检查1次", "1")]
    [InlineData("每三个月开展1次应急演练", "1")]
    [InlineData("各中队每年至少对辖区学校、养老机构开展1次消防培训", "1")]
    [InlineData("采摘工人每隔三四天上山一趟", "三四")]
    [InlineData("每隔2小时巡查一遍", "2")]
    [InlineData("抢险队员4小时一轮换", "4")]
    [InlineData("接驳专线15分钟一班", "15")]
    [InlineData("公交专线20分钟滚动发车", "20")]
    [InlineData("落实“2分钟集结出动、4分钟到达现场”机制", "4")]
    [InlineData("围绕“一个中心、三项任务、五个到位”的要求", "三")]
    public void FrequenciesAndQuotedFormulasAreNoQuantities(string sentence, string number)
    {
        Assert.NotEqual(NumberDecision.Statistic, Decide(sentence, number));
    }

    [Theory]
    [InlineData("第一季度开展3次专项督查", "3")]
    [InlineData("十一月组织2期业务培训", "2")]
    [InlineData("各村每年开展议事活动12场次", "12")]
    [InlineData("今年每两个月组织巡回义诊，全年累计开展20次", "20")]
    [InlineData("至少组织各村开展了30次宣讲", "30")]
    [InlineData("确保“全年新增城镇就业岗位3万个以上、调查失业率控制在5.5%以内”的目标", "3")]
    [InlineData("油田新探明3个区块", "3")]
    [InlineData("全市35个大类行业中", "35")]
    // A quoted name of two characters or more counted from outside its quotes is a thing counted.
    [InlineData("全区建成12个“爱心驿站”", "12")]
    [InlineData("开展‘邻里节’活动12场", "12")]
    // Speech in single quotes that reports a deed is no name: a longer clause, or one with 了 or 共 in it.
    [InlineData("站长笑着说‘今年共接待游客12批’", "12")]
    [InlineData("队长告诉我们‘这半年队里新修了4座便桥’", "4")]
    [InlineData("她说‘合作社带动农户参加培训60人次’", "60")]
    [InlineData("他说‘修了3座桥’", "3")]
    // A count before a word that ends like a place (乡镇, 乡村, 村庄) counts, with a general classifier or a rough number.
    [InlineData("受灾涉及三个乡镇", "三")]
    [InlineData("举办两场乡村音乐会", "两")]
    [InlineData("恢复数百个村庄的通信", "数百")]
    [InlineData("组织十多名村民参加", "十")]
    // A span with no once after it is a length of time.
    [InlineData("抢险队员连续奋战4小时，一次次冲进水中", "4")]
    // A total reported and then broken down is followed by its parts, and a point numbered after another clause is the
    // next sentence's.
    [InlineData("全年实施民生项目12个，其中教育项目5个", "12")]
    [InlineData("调研组提出3条建议，均被有关部门采纳。一是简化审批", "3")]
    public void PartsCountedAndTotalsOfAPeriodStayStatistics(string sentence, string number)
    {
        Assert.Equal(NumberDecision.Statistic, Decide(sentence, number));
    }

    [Theory]
    [InlineData("拨打13912345678咨询", "13912345678")]
    [InlineData("90岁老人", "90")]
    public void KeepsPhoneNumbersAndAgesOut(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Other, decision);
    }

    [Theory]
    // An average age over a group, a population's life expectancy and its difference from another average measure many
    // people; the oldest or youngest of them is one person's age.
    [InlineData("服务队现有队员40人，平均年龄为58岁。", "58", "岁", NumberDecision.Statistic)]
    [InlineData("参赛选手平均年龄不超过30周岁", "30", "岁", NumberDecision.Statistic)]
    [InlineData("全区人均预期寿命提高到80.2岁，比全省平均高出0.9岁", "80.2", "岁", NumberDecision.Statistic)]
    [InlineData("全区人均预期寿命达80.2岁、高于全省平均0.9岁", "0.9", "岁", NumberDecision.Statistic)]
    [InlineData("队员平均年龄65岁，其中年龄最大的82岁", "82", "", NumberDecision.Other)]
    [InlineData("一位75岁的老党员", "75", "", NumberDecision.Other)]
    public void AnAgeOverAGroupIsMeasuredInYears(string sentence, string number, string unit, string decision)
    {
        var found = QuantityFinder.Find(sentence).First(found => sentence[found.Numeral.Start..found.Numeral.End] == number);

        Assert.Equal((decision, unit), (found.Verdict.Decision, found.Unit));
    }

    [Theory]
    [InlineData("共有五人", "五")]
    [InlineData("新建两座桥", "两")]
    // 二 alone counts people, weights and areas, as speech does; before other measure words it is "the second".
    [InlineData("二人均已落网", "二")]
    [InlineData("家里有二亩地", "二")]
    [InlineData("打了二斤酒", "二")]
    public void CountsThingsWrittenInChineseNumerals(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Statistic, decision);
    }

    [Theory]
    [InlineData("连续值守3个小时", "3")]
    [InlineData("抢修用时两天", "两")]
    public void CountsASpanThatPlacesNoEvent(string sentence, string number)
    {
        var decision = Decide(sentence, number);

        Assert.Equal(NumberDecision.Statistic, decision);
    }

    [Fact]
    public void ANumberBeforeLatinLettersIsANameUnlessTheyAreItsUnit()
    {
        var decision = Decide("新建5G基站", "5");

        Assert.Equal(NumberDecision.Name, decision);
    }

    // Units typed in ASCII or capitals are units; a letter that is no unit of the table, or a unit inside a longer word,
    // still names.
    [Theory]
    [InlineData("医务工作者共献血28600ml", "28600", NumberDecision.Statistic)]
    [InlineData("迷你跑（约5KM）", "5", NumberDecision.Statistic)]
    // The number after a Latin unit's slash is the denominator of a compound unit (mg/100mL).
    [InlineData("血液酒精含量为85mg/100mL", "100", NumberDecision.Name)]
    [InlineData("血液酒精含量为85mg/100mL", "85", NumberDecision.Statistic)]
    [InlineData("开设3D打印课程", "3", NumberDecision.Name)]
    [InlineData("视频文件约2GB", "2", NumberDecision.Name)]
    public void ReadsLatinUnitsTypedInAsciiOrCapitals(string sentence, string number, string expected) =>
        Assert.Equal(expected, Decide(sentence, number));

    [Theory]
    // A month and a day joined by a middle dot name an event.
    [InlineData("第三届8·8人才交流会开幕", "8", NumberDecision.Date)]
    [InlineData("7·20特大暴雨灾害", "20", NumberDecision.Date)]
    // A train is named by its number and 次, its crew and its line after it.
    [InlineData("在7266次列车上", "7266", NumberDecision.Name)]
    [InlineData("在5602次公益慢火车上", "5602", NumberDecision.Name)]
    [InlineData("任命6063次乘务员为队长", "6063", NumberDecision.Name)]
    [InlineData("服务8402次沿线群众", "8402", NumberDecision.Name)]
    // A count of times ends before the next clause, and a station is a place where it may be held.
    [InlineData("开展宣传20次，列车运行平稳", "20", NumberDecision.Statistic)]
    [InlineData("开展宣传20次火车站志愿服务", "20", NumberDecision.Statistic)]
    // The last places of a ranking are ranks; 后 after a word of time is not.
    [InlineData("为排名后2名的村颁发黄旗", "2", NumberDecision.Ordinal)]
    [InlineData("排名末两位的单位被通报", "两", NumberDecision.Ordinal)]
    [InlineData("此后2名队员赶到", "2", NumberDecision.Statistic)]
    // 二本院校 is a tier of university.
    [InlineData("考取二本院校4人", "二", NumberDecision.Word)]
    // 24 hours alone is "round the clock"; a level reached or a qualified span of 24 hours still measures; 二轮 is "the
    // second round".
    [InlineData("社区服务站实行24小时轮班值守", "24", NumberDecision.Other)]
    [InlineData("便民热线保持24小时畅通", "24", NumberDecision.Other)]
    [InlineData("图书馆开放时间延长到24小时", "24", NumberDecision.Statistic)]
    [InlineData("救援队员连续奋战超过24小时", "24", NumberDecision.Statistic)]
    [InlineData("核对二轮土地承包台账", "二", NumberDecision.Word)]
    // An outlet's call for news tips, run into a story's last paragraph, counts its staff for readers.
    [InlineData("活动持续到月底。线索征集：下载本报客户端，全市300位记者随时等你报料！", "300", NumberDecision.Other)]
    [InlineData("如有新闻线索，请拨打本报24小时报料热线。", "24", NumberDecision.Other)]
    // A year that opens an event's name before its place is no count of the measure word the place begins with.
    [InlineData("2024天津·蓟州山地马拉松鸣枪开跑", "2024", NumberDecision.Date)]
    [InlineData("全市共配备2024台除湿设备", "2024", NumberDecision.Statistic)]
    // Long ungrouped digits in money or a physical measure are an amount; in any other unit they stay a code.
    [InlineData("法院判令被告支付货款1358600元", "1358600", NumberDecision.Statistic)]
    [InlineData("全年累计采集血浆1306500毫升", "1306500", NumberDecision.Statistic)]
    [InlineData("双色球2023089期开奖结果", "2023089", NumberDecision.Other)]
    public void DatesTrainsRanksTiersAndWhatTheClockAndTheOutletSay(string sentence, string number, string decision)
    {
        Assert.Equal(decision, Decide(sentence, number));
    }

    private static string Decide(string sentence, string number) =>
        QuantityFinder.Find(sentence).First(found => sentence[found.Numeral.Start..found.Numeral.End].StartsWith(number, StringComparison.Ordinal)).Verdict.Decision;
}
