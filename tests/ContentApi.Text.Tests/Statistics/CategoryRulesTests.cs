using ContentApi.Text.Statistics;
using ContentApi.Text.Statistics.Categories;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>The category grammar, rule by rule, on made-up counted phrases: metric, the words before, unit, what follows.</summary>
public sealed class CategoryRulesTests
{
    [Theory]
    // The last known word of the phrase decides: a community of good people, a good person of a street.
    [InlineData("好人社区", "个", "organizations")]
    [InlineData("街道级好人", "人", "honorees")]
    [InlineData("老旧小区改造", "个", "infrastructure")]
    [InlineData("农村公路", "公里", "infrastructure")]
    [InlineData("生猪存栏", "头", "economy")]
    [InlineData("粮食产量", "吨", "economy")]
    [InlineData("5G基站", "个", "infrastructure")]
    [InlineData("村级综合便民服务点", "个", "organizations")]
    [InlineData("黑臭水体", "个", "environment")]
    [InlineData("野生动物", "只", "environment")]
    [InlineData("电信诈骗案件", "起", "other")]
    [InlineData("乡镇卫生院", "所", "organizations")]
    [InlineData("新建研究院", "个", "organizations")]
    [InlineData("二级学院", "个", "organizations")]
    [InlineData("职工之家", "个", "organizations")]
    [InlineData("病虫害防控指导组", "个", "organizations")]
    [InlineData("交叉执法检查组", "个", "organizations")]
    [InlineData("小区业委会", "个", "organizations")]
    [InlineData("派出所移交线索", "条", "other")]
    [InlineData("企业有效发明专利", "件", "other")]
    // Shops, restaurants and hotels are businesses counted as units; their staff are still people.
    [InlineData("连锁药店", "个", "organizations")]
    [InlineData("域外门店", "个", "organizations")]
    [InlineData("酒店员工", "名", "other")]
    // A project of service, volunteering's too, is a service given; a title before it still makes an honour.
    [InlineData("志愿服务项目", "个", "activities")]
    [InlineData("最佳志愿服务项目", "个", "honorees")]
    // Trailing words the lexicon does not know are passed over to the last one it knows.
    [InlineData("新建公交候车亭", "座", "infrastructure")]
    // The working population is labour, as 劳动力 is.
    [InlineData("本地劳动人口", "人", "economy")]
    // A river's flow per second is water, as its volume and a rainfall per hour are (the unit's default).
    [InlineData("泄洪流量", "立方米/秒", "environment")]
    // Silt is what a flood leaves, environment, whatever it lies on; a silt dam is still built.
    [InlineData("路面上的淤泥", "厘米", "environment")]
    [InlineData("清除淤泥", "方", "environment")]
    [InlineData("小型淤地坝", "座", "infrastructure")]
    // A ditch, a canal and a well are built works named by their own head, though 水 opens some of them; a court or a field
    // is a ground built for sport. Water itself still reads as water, and a stinking ditch is polluted water; a kettle is
    // a supply.
    [InlineData("村边灯光篮球场", "片", "infrastructure")]
    [InlineData("灌区干渠", "条", "infrastructure")]
    [InlineData("田间排水沟", "条", "infrastructure")]
    [InlineData("抗旱机井", "眼", "infrastructure")]
    [InlineData("集中整治臭水沟", "条", "environment")]
    [InlineData("池塘水面", "亩", "environment")]
    [InlineData("保温水壶", "个", "other")]
    // A verb that gathers or helps people, ending a phrase of things, says nothing of them: the things are read before it;
    // people counted after it are still reached.
    [InlineData("行政村全覆盖", "个", "organizations")]
    [InlineData("政策问题释疑解答", "条", "other")]
    [InlineData("覆盖", "人", "participants")]
    // 笔 counts sums of money, loans and deals; a word that tells still decides.
    [InlineData("交易笔数", "笔", "economy")]
    [InlineData("受理投诉", "笔", "other")]
    public void TheHeadNounDecides(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A measuring head defers to the word just before it, else gives its default.
    [InlineData("注册志愿者人数", "人", "volunteers")]
    [InlineData("森林覆盖率", "%", "environment")]
    [InlineData("公交通行率", "%", "infrastructure")]
    [InlineData("城镇登记失业率", "%", "economy")]
    // A contribution to growth is an indicator of the economy, its own default when what grew is too far before it.
    [InlineData("外贸对地区生产总值增长的贡献率", "%", "economy")]
    [InlineData("志愿服务品牌项目", "个", "volunteers")]
    [InlineData("市级重点项目", "个", "economy")]
    [InlineData("应急救援队伍", "支", "organizations")]
    [InlineData("志愿服务队伍", "支", "volunteers")]
    [InlineData("景区游览人数", "人", "participants")]
    // The sections and index of water and air quality monitoring are the environment.
    [InlineData("地表水考核断面", "个", "environment")]
    [InlineData("环境空气质量AQI优良率", "%", "environment")]
    // Not a word further away than two characters: a rate of on-duty attendance is no count of volunteers.
    [InlineData("志愿者在岗考勤率", "%", "other")]
    // With nothing known before it and no default, the unit tells: land in 亩, built space in 平方米.
    [InlineData("总面积", "亩", "environment")]
    [InlineData("地块出让面积", "平方米", "infrastructure")]
    public void AMeasuringHeadDefersToWhatItMeasures(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A word for people lets only a category of people come from before it.
    [InlineData("残疾老人", "位", "beneficiaries")]
    [InlineData("市级模范典型代表", "位", "honorees")]
    [InlineData("农村道路专管员", "名", "other")]
    [InlineData("乡镇卫生院院长", "个", "other")]
    [InlineData("离退休党员", "名", "other")]
    public void AWordForPeopleTakesOnlyACategoryOfPeople(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A count of persons is never filed as a place, built work or event: the people named before the place are counted.
    [InlineData("志愿者到各乡镇政府部门", "名", "volunteers")]
    [InlineData("社区", "人", "other")]
    [InlineData("社区", "个", "organizations")]
    public void ACountOfPersonsIsNeverAPlaceOrAnEvent(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    [InlineData("最美家庭", "户", "honorees")]
    [InlineData("十佳少年", "名", "honorees")]
    [InlineData("美丽乡村样板村", "个", "honorees")]
    [InlineData("国家级示范基地", "个", "honorees")]
    // 好人 names the community, it does not make the community an honour; nor does an adjective like 优秀.
    [InlineData("好人社区", "个", "organizations")]
    [InlineData("优秀民族歌舞节目", "个", "activities")]
    public void ATitleBeforeTheHeadMakesAnHonour(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // What befell the people counted says what the figure is about.
    [InlineData("志愿者", "名", "不幸遇难", "other")]
    [InlineData("被困群众", "名", "被困群众全部获救", "beneficiaries")]
    [InlineData("儿童", "名", "儿童被困", "other")]
    // Those compensated were helped, as those given aid are.
    [InlineData("车主", "名", "车主当天即获赔", "beneficiaries")]
    [InlineData("群众", "人次", "群众获益", "beneficiaries")]
    // Watching a match is taking part, as watching a show is.
    [InlineData("师生", "人", "师生观赛", "participants")]
    [InlineData("志愿者", "名", "志愿者被推选为“最美志愿者”", "honorees")]
    [InlineData("社区", "个", "社区被推选为“最佳志愿服务社区”", "honorees")]
    // Winning an award or a title is an honour; winning money named after an award is not.
    [InlineData("代表队", "支", "代表队获得优秀组织奖", "honorees")]
    [InlineData("学员", "名", "学员获得“优秀学员”称号", "honorees")]
    [InlineData("学生", "名", "学生获得奖学金", "other")]
    // So is what is done to them after 对, which brings the object before its verb (对6名村民进行了表彰).
    [InlineData("村民", "名", "村民进行了表彰", "honorees")]
    [InlineData("乡镇", "个", "乡镇予以通报表彰", "honorees")]
    // Taking part does not change who they are; it names only people the phrase does not.
    [InlineData("志愿者", "名", "志愿者参加出征仪式", "volunteers")]
    [InlineData("妇女", "名", "妇女参加家政培训", "participants")]
    // Outcomes other than honours are not said of things: villages that take part are still villages.
    [InlineData("村", "个", "村踊跃参与报名", "organizations")]
    public void WhatBefellThePeopleCountedDecides(string metric, string unit, string predicate, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, predicate));

    [Theory]
    // Inside the phrase an outcome reads like a noun for people, and is passed over for things.
    [InlineData("因灾死亡", "人", "other")]
    [InlineData("紧急转移安置", "户", "beneficiaries")]
    [InlineData("道路受损", "米", "infrastructure")]
    [InlineData("农作物受灾", "公顷", "environment")]
    // Taking part, inside the phrase too, names only people the phrase does not: volunteers' person-times of service are
    // volunteers, people of no category who took part are participants.
    [InlineData("青年志愿者参与巡河", "人次", "volunteers")]
    [InlineData("志愿者参加", "人次", "volunteers")]
    [InlineData("村民参与", "人次", "participants")]
    [InlineData("参与巡河", "人次", "participants")]
    public void AnOutcomeInsideThePhraseIsSaidOfPeopleOnly(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // Floor space of exhibitions, the length of a relay: a physical measure is never events held.
    [InlineData("展览总面积", "平方米")]
    [InlineData("火炬传递活动", "公里")]
    public void APhysicalMeasureIsNeverEventsHeld(string metric, string unit) =>
        Assert.NotEqual(StatisticCategory.Activities, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A classifier of documents, things, rooms, classes or lots never counts the bodies, volunteers or audience the
    // phrase names: diaries kept in a village, a school's classes, proposals made to departments, stools full of people.
    [InlineData("驻村日记", "本", "other")]
    [InlineData("中学", "班", "infrastructure")]
    [InlineData("向相关部门提出意见建议", "条", "other")]
    [InlineData("团体标准", "项", "other")]
    [InlineData("志愿服务展位", "项", "other")]
    [InlineData("凳子坐满观众", "张", "other")]
    [InlineData("农村闲置宅基地", "宗", "other")]
    // Help, honours and the bodies counted by their own classifiers are unchanged.
    [InlineData("解决群众困难", "件", "beneficiaries")]
    [InlineData("优秀作品", "部", "honorees")]
    [InlineData("便民服务中心", "处", "organizations")]
    [InlineData("村", "个", "organizations")]
    public void AClassifierOfObjectsNeverCountsBodiesOrPeople(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Fact]
    public void AnAreaIsNoHonourWhateverTitleItsPlaceHolds() =>
        Assert.NotEqual(StatisticCategory.Honorees, CategoryRules.Decide("稻渔综合种养示范基地", "", "亩", ""));

    [Theory]
    // People in a phrase counted by a physical measure say whose it is; what is weighed is no one helped, and the wheat
    // harvested over so many 亩 is the land it grew on.
    [InlineData("为困难党员帮销蜜梨", "斤", "other")]
    [InlineData("帮困难党员收割小麦", "亩", "environment")]
    public void PeopleInAPhraseOfAPhysicalMeasureAreNotWhatIsMeasured(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    [InlineData("居民", "惠及", "户", "beneficiaries")]
    [InlineData("妇女", "帮助", "名", "beneficiaries")]
    [InlineData("农民", "培训", "人", "participants")]
    // Recruits take part; the sentence that names volunteering makes them volunteers (CategoryRules.Filed).
    [InlineData("大学生", "招募", "名", "participants")]
    [InlineData("犯罪嫌疑人", "抓获", "人", "other")]
    // Publicity at the door and a warning lecture reach people; a medical or social worker's visit (访视) serves them, as
    // 走访 does. 宣传 alone is no verb of the lexicon: it opens too many nouns of things (宣传专栏, 宣传视频).
    [InlineData("渔民", "开展入户宣传", "户", "participants")]
    [InlineData("党员干部", "进行警示教育", "人", "participants")]
    [InlineData("精神障碍患者", "入户访视", "户", "beneficiaries")]
    [InlineData("宣传专栏", "设置", "处", "other")]
    // People evacuated are helped, as people moved to safety are.
    [InlineData("群众", "紧急疏散", "人", "beneficiaries")]
    [InlineData("苗木", "栽植", "株", "environment")]
    // The phrase's own noun outranks the verb: 覆盖镇街209个 counts places, not people reached.
    [InlineData("镇街", "覆盖", "个", "organizations")]
    // 人次 only hints at attendances: the phrase or the verb says whose they are.
    [InlineData("出动警力", "", "人次", "other")]
    [InlineData("老人", "慰问", "人次", "beneficiaries")]
    // A phrase ending in a verb counts the verb's object.
    [InlineData("累计走访", "", "户", "beneficiaries")]
    // Treating, examining, screening and freeing people serve them; a verb of help says nothing of things counted.
    [InlineData("群众", "诊治", "人次", "beneficiaries")]
    [InlineData("适龄妇女", "免费筛查", "人", "beneficiaries")]
    [InlineData("被困群众", "解救", "人", "beneficiaries")]
    [InlineData("主题", "围绕关爱留守儿童", "个", "other")]
    public void TheVerbTellsWhenThePhraseDoesNot(string metric, string verbs, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, verbs, unit, ""));

    [Theory]
    // A service done to a person, counted in people, counts those it was done to; counted in events it is the events,
    // and its staff, the staff, as is a national count of visits to doctors.
    [InlineData("共义诊", "", "人次", "beneficiaries")]
    [InlineData("公益理发", "", "人次", "beneficiaries")]
    [InlineData("免费测量血压", "", "人次", "beneficiaries")]
    [InlineData("群众", "义诊", "人", "beneficiaries")]
    [InlineData("义诊活动", "", "场", "activities")]
    [InlineData("义诊专家", "", "名", "other")]
    [InlineData("接诊专家", "", "名", "other")]
    [InlineData("理发师", "", "名", "other")]
    [InlineData("医疗卫生机构总诊疗人次", "", "人次", "other")]
    // Before the counted phrase, with words after it, 义诊 names the event: those taking part in it are not examined.
    [InlineData("医师", "参与义诊活动的", "位", "participants")]
    public void APersonalServiceCountedInPeopleCountsThoseServed(string metric, string verbs, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, verbs, unit, ""));

    [Theory]
    // Money is economy whatever it pays for; events counted in 场 are activities; 家 are units.
    [InlineData("关爱资金", "元", "economy")]
    [InlineData("慰问困难群众", "元", "economy")]
    // A price per measure is money too, in whichever of the unit table's money units it is written.
    [InlineData("现在只要", "元/斤", "economy")]
    [InlineData("收购", "元/吨", "economy")]
    [InlineData("志愿服务", "场", "activities")]
    [InlineData("农家乐", "家", "organizations")]
    // A compound measure word of occasions (期次, sessions times occasions) settles as its measure word alone does (期).
    [InlineData("病虫害会商", "期次", "activities")]
    // An honour outranks a unit that settles: champions counted in person-times, units honoured in 家.
    [InlineData("世界冠军", "人次", "honorees")]
    [InlineData("先进集体", "家", "honorees")]
    public void AUnitThatSettlesOutranksTheNoun(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A body or a site counted once each time (家次, 户次, 个次, 处次) counts visits: what was done on each says what they
    // are (an inspection is other, a visit that helps serves), never the bodies, built works or money named with them.
    [InlineData("场所", "清查", "家次", "other")]
    [InlineData("沿街商户", "检查", "家次", "other")]
    [InlineData("建设工地", "检查", "个次", "other")]
    [InlineData("企业罚款", "", "家次", "other")]
    [InlineData("企业", "惠及", "户次", "beneficiaries")]
    [InlineData("企业", "走访", "家次", "beneficiaries")]
    // Bodies counted in 家 are still units, and a verb of inspecting does not change that.
    [InlineData("企业", "检查", "家", "organizations")]
    public void ABodyCountedEachTimeCountsVisits(string metric, string verbs, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, verbs, unit, ""));

    [Theory]
    // Energy in kilowatt-hours is what a station yields or a user draws, output; the station's power is its size.
    [InlineData("光伏电站平均每天发电", "千瓦时", "economy")]
    [InlineData("储能电站每小时可放电", "千瓦时", "economy")]
    [InlineData("分布式光伏电站", "千瓦", "infrastructure")]
    public void EnergyIsOutputAndPowerIsAWorksSize(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // 曾 right before a count of times tells how often someone has done a thing, no events held; without it the times
    // are events.
    [InlineData("这位摄影师曾三次前往高原采风。", "other")]
    [InlineData("老队员曾经两次参加全国比赛。", "other")]
    [InlineData("该镇先后3次组织开展安全排查行动。", "activities")]
    // A gift of blood counted in times is a donor's record; a blood drive held is still an event.
    [InlineData("这位老党员已累计献血40次。", "other")]
    [InlineData("街道今年开展无偿献血活动3次。", "activities")]
    // Times something was held are events, after 曾 too, and a blood drive organised is one.
    [InlineData("该市曾两次举办全国性的马拉松赛事。", "activities")]
    [InlineData("社区今年组织集体献血4次。", "activities")]
    // A verb further on is what the person did each time.
    [InlineData("这位老专家曾三次到村里开展调研。", "other")]
    public void TimesSomeoneHasDoneAThingAreNoEventsHeld(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    [InlineData("某某", "亩", "environment")]
    [InlineData("某某", "座", "infrastructure")]
    [InlineData("某某", "秒", "other")]
    [InlineData("某某", "所", "organizations")]
    [InlineData("服务市民健身", "人次", "participants")]
    // Nothing tells: other.
    [InlineData("某某", "个", "other")]
    [InlineData("某某", "%", "other")]
    public void TheUnitSuggestsACategoryWhenNoWordTells(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A distance walked, ridden or apart is no built work; a road's length still is, and a route's length measures what
    // stands before it (a motorway open to traffic, a bus service run).
    [InlineData("搜救人员步行", "公里", "other")]
    [InlineData("两座村庄相距", "公里", "other")]
    [InlineData("志愿车队累计行程", "公里", "other")]
    [InlineData("运营里程", "公里", "other")]
    [InlineData("象群一路行进", "公里", "other")]
    [InlineData("护林员每天巡护", "公里", "other")]
    [InlineData("登山队累计爬升", "米", "other")]
    [InlineData("高速公路通车里程", "公里", "infrastructure")]
    [InlineData("县乡公路总里程", "公里", "infrastructure")]
    // Paths for walking or riding are built, whatever verb they hold.
    [InlineData("滨河骑行道", "公里", "infrastructure")]
    [InlineData("环湖健身步行道", "米", "infrastructure")]
    [InlineData("新建塑胶跑道", "米", "infrastructure")]
    public void ADistanceTravelledOrApartIsNoBuiltWork(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A length followed by 之外, 以外, 外 or 远 is how far away something is; the 外 of 除…外 sets a built road aside.
    [InlineData("小张驾驶电动车前往8公里之外的敬老院。", "other")]
    [InlineData("几位村民追了三十多米远才把小偷拦下。", "other")]
    [InlineData("除修缮乡道15公里外，该镇还更换了路灯。", "infrastructure")]
    // 拆除 is no 除…外.
    [InlineData("拆除危房后，施工队转往3公里外的新村。", "other")]
    // A length followed by 处, 范围 or 以内 is a point or a reach that far; a phrase with 距 measures how far apart two
    // places are, whatever the place named last; a road built is still a built work.
    [InlineData("搜救队员在下游约20公里处找到了落水车辆。", "other")]
    [InlineData("对河道两岸1公里范围内的养殖场开展排查。", "other")]
    [InlineData("新建的客运站距高铁站仅500米。", "other")]
    [InlineData("该镇今年新修通村公路12公里。", "infrastructure")]
    public void ALengthAwayIsADistance(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // A length after a verb of moving or a trip's whole way is how far someone went; a race's length is the race's; a
    // depth, or a height, width or length of what no word names as built, is no built work.
    [InlineData("老村医骑着摩托车巡诊，十几年来走了20多万公里。", 0, "other")]
    [InlineData("集训期间，队员们每天都要跑15公里。", 0, "other")]
    [InlineData("道路受损无法通车，突击队徒步进村，全程约8公里。", 0, "other")]
    [InlineData("本次比赛设置迷你马拉松（约5公里）。", 0, "other")]
    [InlineData("她在省运会女子1500米决赛中夺冠。", 0, "other")]
    [InlineData("一名男孩不慎落入路边2米多深的沟渠中。", 0, "other")]
    [InlineData("一名男孩不慎落入2米多深的水沟中。", 0, "other")]
    // The depth of water is the water's (ANNOTATION.md: environment), as its noun tells once the metric reader reads
    // 洪水（深度）.
    [InlineData("暴雨过后村口积起了1米多深的洪水。", 0, "environment")]
    [InlineData("走失老人身高1.7米，身穿灰色外套。", 0, "other")]
    [InlineData("民警在树林里发现一根十几米长的绳子。", 0, "other")]
    // A road's own dimensions and whole length, and a track built, stay built works.
    [InlineData("该村新修一条3公里长、4.5米宽的产业路。", 0, "infrastructure")]
    [InlineData("该村新修一条3公里长、4.5米宽的产业路。", 1, "infrastructure")]
    [InlineData("新建的跨河大桥全长1.2公里。", 0, "infrastructure")]
    [InlineData("学校新建400米塑胶跑道。", 0, "infrastructure")]
    // A whole way (全程, 路程) is a route's length after a built work's noun or a verb of building, in its clause or in
    // the clause it goes on from; else a trip's.
    [InlineData("这条环湖公路全程18公里，年底前通车。", 0, "infrastructure")]
    [InlineData("今年修好的登山步道全程3.5公里。", 0, "infrastructure")]
    [InlineData("镇里新建滨河绿道一条，全程6公里。", 0, "infrastructure")]
    [InlineData("志愿者陪着老人们散步，全程约2公里。", 0, "other")]
    [InlineData("从镇上到县城有20公里的路程。", 0, "other")]
    // A dimension of a work the lexicon lacks is a built work's after a verb of building; without one it is not.
    [InlineData("村里沿街修建2米高、500米长的文化墙。", 0, "infrastructure")]
    [InlineData("村里沿街修建2米高、500米长的文化墙。", 1, "infrastructure")]
    [InlineData("工人在墙上发现一条5米长的裂缝。", 0, "other")]
    // Laying is no building: a wire laid may be no work at all.
    [InlineData("有人在鱼塘边私自铺设了二十多米长的电线。", 0, "other")]
    public void ALengthGoneOrMeasuredIsNoBuiltWork(string paragraph, int index, string category) =>
        Assert.Equal(category, Extract(paragraph)[index].Category);

    [Theory]
    // A length made a distance by the words after it passes on its subject but not its category: the road built after
    // 范围内 or 处 is still a built work, as it is after a comma; the distance itself stays other.
    [InlineData("在1公里范围内新建道路3公里。", 0, "other")]
    [InlineData("在1公里范围内新建道路3公里。", 1, "infrastructure")]
    [InlineData("在1公里范围内，新建道路3公里。", 1, "infrastructure")]
    [InlineData("镇上在学校周边500米范围内硬化道路2公里。", 1, "infrastructure")]
    [InlineData("镇上在学校周边500米范围内硬化道路2公里。", 0, "other")]
    public void ADistanceKeepsItsCategoryToItself(string paragraph, int index, string category) =>
        Assert.Equal(category, Extract(paragraph)[index].Category);

    [Theory]
    // Guests invited (邀请, 特邀) take part; staff invited come to give the service, and the verb says nothing of them.
    [InlineData("论坛邀请了200余位海内外嘉宾作主题分享。", "participants")]
    [InlineData("退役老兵邀请20名山区学子来到城里研学。", "participants")]
    [InlineData("镇里特邀12位乡贤代表座谈。", "participants")]
    [InlineData("本次义诊医院邀请县中医院6名专家坐诊。", "other")]
    [InlineData("协会邀请8名心理咨询师为居民答疑。", "other")]
    public void GuestsInvitedTakePartAndStaffInvitedServe(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // People who receive aid or a service are helped; a call for help received is no help.
    [InlineData("其余40名学生将通过银行转账领取资助金。", "beneficiaries")]
    [InlineData("80余名居民在家门口享受到了法律咨询服务。", "beneficiaries")]
    [InlineData("全村120户种植户收到了帮扶化肥。", "beneficiaries")]
    [InlineData("15名工人终于拿到了被拖欠的工资。", "beneficiaries")]
    [InlineData("6名志愿者收到求助信息后立即出发。", "volunteers")]
    // A commendation taken from someone written between, or a 殊荣, is an honour; a welcome is not.
    [InlineData("共有50名教师受到市委市政府表彰。", "honorees")]
    [InlineData("12位医生获得殊荣。", "honorees")]
    [InlineData("20名队员受到当地群众欢迎。", "other")]
    public void WhatThoseCountedReceiveSaysWhoTheyAre(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // An honour handed to those counted after 为 or 向 (a certificate, a plaque, an award named) makes them honoured, firms
    // counted in 家 too and across names listed before 等; a grant named after an award, a letter of appointment or gifts
    // leave them served.
    [InlineData("社区为15名热心居民代表颁发了荣誉证书。", "honorees")]
    [InlineData("街道向6家爱心企业颁发了牌匾。", "honorees")]
    [InlineData("主办方为某某科技、某某物流等3家企业颁发荣誉牌。", "honorees")]
    [InlineData("基金会为两名青年送上“见义勇为”特别奖。", "honorees")]
    [InlineData("企业为6名优秀学子颁发奖学金。", "beneficiaries")]
    [InlineData("区里为10名农技专家颁发聘书。", "beneficiaries")]
    [InlineData("社区为30名老人送上慰问品。", "beneficiaries")]
    public void AnHonourHandedToThoseCountedMakesThemHonoured(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // A part after 包括 keeps the category of the whole counted just before, as one after 其中 does; people among the dead,
    // hurt or missing are counted for what befell them, whatever their trade. A 包括 inside the clause opens no part.
    [InlineData("全县招募志愿者300名，包括在校大学生120名。", "volunteers")]
    [InlineData("山洪中有6人失联，包括2名应急救援人员。", "other")]
    [InlineData("暴雨造成4人受伤，其中3名志愿者。", "other")]
    [InlineData("该县有3人受伤，村里走访慰问了包括5名老党员在内的困难群众。", "beneficiaries")]
    public void APartAfterBaoKuoKeepsTheWholesCategory(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[^1].Category);

    [Theory]
    // Families whose houses fell are no built work; the rooms that fell are.
    [InlineData("倒塌房屋", "户", "other")]
    [InlineData("倒塌房屋", "间", "infrastructure")]
    [InlineData("受灾农田", "户", "other")]
    public void ACountOfHouseholdsIsNeverLandOrABuiltWork(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // People or households a scheme drew in (带动) whose income rose were helped by it; without a rise they took part.
    [InlineData("合作社带动农户200余户，户均增收6000元。", "beneficiaries")]
    [InlineData("基地直接带动150名村民年人均增收5000元。", "beneficiaries")]
    [InlineData("合作社带动300余户农户参与种植。", "participants")]
    // A number written with separators is one number; its commas end no clause, and the rise after it is read.
    [InlineData("该产业带动1,200,000名农民参与，人均增收2000元。", "beneficiaries")]
    public void PeopleDrawnInWhoseIncomeRoseWereHelped(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Fact]
    public void PeopleHelpedToAJobAreStillHelped() =>
        Assert.Equal("beneficiaries", CategoryRules.Decide("妇女（就业）", "帮助", "名", ""));

    [Theory]
    // People served are beneficiaries, whoever served them and whatever noun names them; a service given in person-times
    // counts those it was given to, and so does the number served.
    [InlineData("乡村书屋全年服务读者1.6万人次。")]
    [InlineData("该平台日均服务游客2600余人次。")]
    [InlineData("巡诊队累计服务各类人群900余人次。")]
    [InlineData("暑期课堂共服务留守孩子85人。")]
    [InlineData("社区今年提供助浴上门服务420人次。")]
    [InlineData("爱心站点服务人次达3万余人。")]
    [InlineData("累计服务人数超过7000人次。")]
    public void PeopleServedAreBeneficiaries(string paragraph) =>
        Assert.Equal(StatisticCategory.Beneficiaries, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // Not the staff who serve, nor volunteers who give a service, nor visits people paid to do something.
    [InlineData("街道为养老驿站招募服务人员20名。")]
    [InlineData("镇里有基层法律服务工作者14名。")]
    [InlineData("青年志愿者服务群众2100人次。")]
    [InlineData("球场免费开放以来服务居民锻炼5万人次。")]
    public void ThoseWhoServeAreNotServed(string paragraph) =>
        Assert.NotEqual(StatisticCategory.Beneficiaries, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // A count of persons is economy through a word of work or of an industry, not through money or trade said of them:
    // offenders who repaid a loss, staff who settle claims, patients who signed up with a doctor.
    [InlineData("退赔全部经济损失", "人", "other")]
    [InlineData("骗取银行贷款", "人", "other")]
    [InlineData("保险理赔人员", "名", "other")]
    [InlineData("与签约医生", "人", "other")]
    [InlineData("企业吸纳脱贫群众就业", "人", "economy")]
    [InlineData("外出务工", "人", "economy")]
    [InlineData("制造业就业人数", "人", "economy")]
    // Things keep their trade whatever people the phrase names: projects signed to bring in skilled people.
    [InlineData("签约落地人才合作项目", "个", "economy")]
    public void PersonsAreTheEconomyOnlyThroughWork(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // Staff named after their field are not the field: counsellors are no one helped, seed experts no farm output.
    [InlineData("婚姻家庭咨询师", "", "名", "other")]
    [InlineData("种业专家", "", "名", "other")]
    [InlineData("资助工作人员", "", "名", "other")]
    // A word for volunteers or the verb before them still tells; other words for people are unchanged.
    [InlineData("志愿服务工作者", "", "名", "volunteers")]
    [InlineData("乡村教师", "培训", "名", "participants")]
    [InlineData("困难党员", "", "名", "beneficiaries")]
    public void StaffAreNotTheirField(string metric, string verbs, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, verbs, unit, ""));

    [Theory]
    // Clicks, reads, views and likes counted in 次 are no events held; events and drills in 次 still are.
    [InlineData("宣传短片播放量", "次", "other")]
    [InlineData("推文获点赞", "次", "other")]
    [InlineData("网站累计访问量", "次", "other")]
    [InlineData("志愿服务活动", "次", "activities")]
    [InlineData("消防应急演练", "次", "activities")]
    public void OnlineReachIsNoEventHeld(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Fact]
    public void TheVerbThatOpensAListOfCountsIntroducesEveryCount()
    {
        var statistics = Extract("县卫健委累计组织巡回义诊小分队32支175人、疾病防控小分队27支163人、健康宣教小分队18支96人、心理援助小分队11支54人。");

        var people = statistics.Where(statistic => statistic.Unit == "人").ToList();
        Assert.Equal(4, people.Count);
        Assert.All(people, statistic => Assert.Equal(StatisticCategory.Participants, statistic.Category));
    }

    [Theory]
    // 对 brings the people counted before the verb done to them, which 进行 or 开展 hands on: trained take part, visited
    // are helped, punished are other; a 对 that ends another word (面对) is no such preposition.
    [InlineData("社区对25名楼栋长进行了消防培训。", "participants")]
    [InlineData("工作组对60户租户开展了入户走访。", "beneficiaries")]
    [InlineData("交警对12名驾驶员进行了处罚。", "other")]
    [InlineData("镇里面对300名群众开展宣讲。", "other")]
    public void WhatIsDoneToThoseCountedAfterDuiDecides(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // Projects in a contest are its entries (other) or the disciplines it sets up (events), not investments; projects
    // named by an economy word, or reviewed outside a contest, still are.
    [InlineData("今年的青年创新大赛吸引了260余个项目报名。", "other")]
    [InlineData("本次赛事设男子单打、女子单打和混合双打三个项目。", "activities")]
    [InlineData("区里评审通过项目18个。", "economy")]
    // Entries vie (角逐) in a contest even where no word of the contest names it; the metric may run on into the predicate.
    [InlineData("经过一番角逐，最终8个项目胜出。", "other")]
    // Projects of service or of convenience to residents are services given, an item of heritage is no project.
    [InlineData("社区推出理发、修伞等12个便民项目。", "activities")]
    [InlineData("全镇共有各级非遗项目15个。", "other")]
    [InlineData("今年全县新开工项目20个。", "economy")]
    // 赛道 is a sector in economic news, no contest.
    [InlineData("全县布局新能源赛道，引进项目18个。", "economy")]
    public void AContestsProjectsAreNoInvestments(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Fact]
    public void AContestDoesNotMakeAnInvestmentProjectAnEntry()
    {
        var statistics = Extract("园区本年度引进产业项目45个，其中2个曾获创新大赛奖项。");

        Assert.Equal(StatisticCategory.Economy, statistics[0].Category);
    }

    [Theory]
    // A rate of bodies that are not businesses, or of cases handled, is no measure of the economy: other. A rate of
    // businesses, or one in a sentence that names a measure of the economy, still is.
    [InlineData("本次抽查的15家诊所中有6家被责令整改，占抽查单位的40%。", "other")]
    [InlineData("今年全区共受理法律援助案件860件，同比增长12%。", "other")]
    [InlineData("今年全区新设企业3200家，同比增长15%。", "economy")]
    [InlineData("全区实际利用外资中，3个街道占全区的60%。", "economy")]
    public void ARateOfBodiesIsTheEconomyOnlyForBusinesses(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[^1].Category);

    [Fact]
    public void PeopleGivenAdviceAreServed() =>
        Assert.Equal("beneficiaries", CategoryRules.Decide("解答群众咨询", "", "人次", ""));

    [Theory]
    // Whole fields of local news: money and finance, culture venues, telecom, energy and transport works.
    [InlineData("一年期贷款市场报价利率", "%", "economy")]
    [InlineData("社会消费品成交额", "个", "economy")]
    [InlineData("农家书屋", "个", "organizations")]
    [InlineData("乡镇电影院", "家", "organizations")]
    [InlineData("通信光缆", "公里", "infrastructure")]
    [InlineData("分布式光伏电站", "座", "infrastructure")]
    [InlineData("新开国际航线", "条", "infrastructure")]
    [InlineData("某某", "千瓦时", "economy")]
    // The industries of GB/T 4754 are the economy, whatever they supply (水 alone is the environment).
    [InlineData("燃气及水生产和供应业", "%", "economy")]
    // A crop weighed is farm output, not waste; bottled water handed out is supplies, not a river.
    [InlineData("收购早稻", "吨", "economy")]
    [InlineData("纯净水", "箱", "other")]
    // So are other drinks and medicines named after 水, handed out in a list; water of a river or a plant is still 水.
    [InlineData("绿豆汤、苏打水", "瓶", "other")]
    [InlineData("藿香正气水、清凉油", "盒", "other")]
    [InlineData("送去桶装水", "桶", "other")]
    [InlineData("日处理生活污水", "吨", "environment")]
    // Problems found or solved, and matters handled, are no field of their own, whatever field they are in.
    [InlineData("小区治理问题", "个", "other")]
    [InlineData("社区开具证明事项", "项", "other")]
    // Counties counted as units are organizations, as villages and towns are; goods are trade.
    [InlineData("全国脱贫县", "个", "organizations")]
    [InlineData("县域特色商品", "种", "economy")]
    // A crop measured in the units of farmland is the land it grows on; weighed it is still output.
    [InlineData("种植玉米", "亩", "environment")]
    [InlineData("小麦播种面积", "公顷", "environment")]
    [InlineData("收获玉米", "吨", "economy")]
    public void WholeFieldsOfNewsAreCovered(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // Posts the police set up in an operation are counted as 卡点 are; a station of service is still a body.
    [InlineData("水上检查站", "个", "other")]
    [InlineData("县级联合执法点", "个", "other")]
    [InlineData("水上检查站点", "个", "other")]
    [InlineData("社区服务站", "个", "organizations")]
    // The police counted in person-times are counted for themselves, as 警力 is; people of no trade stay an attendance.
    [InlineData("民警、辅警", "人次", "other")]
    [InlineData("村民", "人次", "participants")]
    // Teams named by their work, the groups of a village, the neighbourhood committee's community, a league-and-city and
    // a province or city named by its weight are bodies and places counted as units.
    [InlineData("专项巡察组", "个", "organizations")]
    [InlineData("慰问组", "个", "organizations")]
    [InlineData("村民组", "个", "organizations")]
    [InlineData("居民区", "个", "organizations")]
    [InlineData("盟市", "个", "organizations")]
    [InlineData("经济大省", "个", "organizations")]
    [InlineData("人口大市", "个", "organizations")]
    // The grass a grassland yields is the environment, as its cover is.
    [InlineData("产草量", "%", "environment")]
    public void PostsTeamsAndLevelsAreCounted(string metric, string unit, string category) =>
        Assert.Equal(category, CategoryRules.Decide(metric, "", unit, ""));

    [Theory]
    // A weight produced, stocked or sold is goods, the economy, whatever the goods; waste given off or disposed of, and
    // goods traded against the law, are not.
    [InlineData("合作社今年年产干香菇8万公斤。", "economy")]
    [InlineData("旺季时果园每天要售卖两万多斤鲜桃。", "economy")]
    [InlineData("目前全县储备粮库存12.5万吨。", "economy")]
    [InlineData("该镇每天产生生活垃圾120吨。", "environment")]
    [InlineData("警方当场查获贩卖的冻品30吨。", "environment")]
    [InlineData("一只成熟的果子重达1斤。", "other")]
    public void AWeightProducedOrSoldIsGoods(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // Animals the lexicon does not name, counted in 只 or 羽: wildlife where the sentence speaks of the wild, livestock
    // where they are raised; a pet or a stray is neither. Kinds of animals counted in 种 are wildlife.
    [InlineData("巡护员在保护区内拍到野生豹猫2只。", "environment")]
    [InlineData("村民去年饲养了300只麻鸭。", "economy")]
    [InlineData("小区里常有2只流浪猫出没。", "other")]
    [InlineData("湿地公园内记录到两栖类17种。", "environment")]
    public void AnimalsAreWildlifeOrLivestockByTheirSentence(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // People who give blood in a drive take part in it; an award named after giving blood is still an honour.
    [InlineData("当天共有56名居民献血成功。", "participants")]
    [InlineData("全区有40名市民获得“无偿献血奉献奖”。", "honorees")]
    public void BloodDonorsTakePart(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // People counted by a race's name, or as the size of a contest their sentence names, are those it takes in; what
    // befell them still decides, and the size of a school names no contest.
    [InlineData("其中半程马拉松3000人。", "participants")]
    [InlineData("其中欢乐跑400人。", "participants")]
    [InlineData("本届赛事总规模为5000人。", "participants")]
    [InlineData("半程马拉松2人受伤。", "other")]
    [InlineData("该校办学总规模5000人。", "other")]
    // Those who serve or guard the race are its staff, not its entrants.
    [InlineData("其中保障半程马拉松500人。", "other")]
    public void ARacesEntrantsTakePart(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // People sent into the work of a response, counted bare after the verb or as a 力量, take part in it; cadres named
    // by their noun and the police are counted for what they are.
    [InlineData("险情发生后，全镇共出动了500余人进行排查。", "participants")]
    [InlineData("供电公司紧急调配抢修力量200余人。", "participants")]
    [InlineData("当晚分局共出动警力300余人。", "other")]
    [InlineData("乡政府调派15名干部协助转移群众。", "other")]
    public void PeopleSentIntoAResponseTakePart(string paragraph, string category) =>
        Assert.Equal(category, Assert.Single(Extract(paragraph)).Category);

    [Theory]
    // People counted before a verb of helping whose own object, with a noun of its own, is counted after it are the
    // helpers: the help is done to the others. An event word that describes an area (受灾地区) is where they are, not what
    // befell them; the same reading holds when the metric carries the event in brackets. Those helped, counted after the
    // verb, named by a noun of people helped, or followed by a bare count of some of them, stay helped.
    [InlineData("60余名救援队员共疏散游客3000余人。", 0, "participants")]
    [InlineData("60余名救援队员共疏散游客3000余人。", 1, "beneficiaries")]
    [InlineData("50余名救援队员在受灾地区共转移820名受灾群众。", 0, "participants")]
    [InlineData("40名救援队员在受灾地区开展搜救。", 0, "participants")]
    [InlineData("县里对12个村的800名村民已转移760人。", 1, "beneficiaries")]
    [InlineData("全村受益农户120户（其中脱贫户30户96人）。", 1, "beneficiaries")]
    [InlineData("全村受益农户120户（其中脱贫户30户96人）。", 2, "beneficiaries")]
    [InlineData("被困的23名村民由救援队员转移到安全地带。", 0, "beneficiaries")]
    public void PeopleWhoHelpOthersCountedAreTheHelpers(string paragraph, int index, string category) =>
        Assert.Equal(category, Extract(paragraph)[index].Category);

    [Theory]
    // Places of the divisions counted as the extent of a disaster are counted for what befell them, as the people after
    // them are; villages counted for what they do are still organizations.
    [InlineData("暴雨造成5个乡镇21个村300户900人受灾。", "other")]
    [InlineData("全县12个村不同程度受灾。", "other")]
    [InlineData("全县12个村开展了隐患排查。", "organizations")]
    // Villages whose phrase goes on into what they own or do are the villages counted.
    [InlineData("全镇15个村集体经济收入均超过20万元。", "organizations")]
    [InlineData("全县40个村垃圾分类实现全覆盖。", "organizations")]
    public void PlacesStruckByADisasterAreItsExtent(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // A response team's people, counted as the team or as members after its name, are sent in to take part; what
    // befell them still decides, a team of other work is not meant, and a volunteer teaching team's members volunteer.
    [InlineData("县里组建防汛抢险队伍8支260余人。", "participants")]
    [InlineData("当天下午，市蓝天救援队15名队员携带冲锋舟赶赴灾区。", "participants")]
    [InlineData("途中，山洪突至，某某救援队6名队员均被冲走。", "other")]
    [InlineData("社区篮球队12名队员都是本村青年。", "other")]
    // A party a response team sends (一行) is its people sent; a party of other work is not meant.
    [InlineData("当天，市红十字应急救援队一行7人前往灾区。", "participants")]
    [InlineData("当天，区老年大学书画社一行20人来到村里。", "other")]
    // A party is a response team's only where the name before 一行 is a team's or a response body's; not a party rescued,
    // an inspection party, nor an official's party.
    [InlineData("据了解，某某市应急救援中心一行11人，当晚到达灾区。", "participants")]
    [InlineData("经过5小时搜救，救援队成功救出被困驴友一行6人。", "other")]
    [InlineData("当天，省应急管理厅督查组一行5人前往灾区指导。", "other")]
    [InlineData("市防汛抗旱指挥部副指挥长李某一行6人赶赴现场。", "other")]
    [InlineData("该救援队现有队员40人。", "other")]
    [InlineData("某某大学暑期支教实践队18名队员来到山区小学。", "volunteers")]
    public void AResponseTeamsPeopleTakePart(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[^1].Category);

    [Theory]
    // 为 before a count says for whom something was done across the rest of them (其余) and across a place name, as
    // across a scope; words of another kind between keep 为 from the count.
    [InlineData("爱心企业为其余20名困难学生送去慰问金。", "beneficiaries")]
    [InlineData("基金会为全市其余300名留守儿童捐赠图书。", "beneficiaries")]
    [InlineData("区教委为昌平1万名大学生发放助学贷款。", "beneficiaries")]
    [InlineData("合作社为扩大生产新招收了30名工人。", "other")]
    // A place of the divisions the place table lacks, a noun with 内 or 里, a count of places or a group in apposition
    // only narrows who they are; a count of classes does not.
    [InlineData("街道为小区40名环卫工人送上防暑用品。", "beneficiaries")]
    [InlineData("志愿者为某某村及相邻村庄60余名留守老人提供理发服务。", "beneficiaries")]
    [InlineData("食堂为园区内300余名建设者提供午餐。", "beneficiaries")]
    [InlineData("医院为当地困难群体150户家庭开展义诊。", "beneficiaries")]
    public void PeopleDoneForAcrossTheRestOrAPlaceAreServed(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // A count of places between 为 and the people only says where they are; a count of classes is no place.
    [InlineData("供电所为12个社区800余位老人安装了报警器。", "beneficiaries")]
    [InlineData("某机构分别为三个班60名学生违规开展培训。", "other")]
    public void PeopleDoneForAfterACountOfPlacesAreServed(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[^1].Category);

    [Theory]
    // A project of volunteering is a service given, not a volunteer; a title before it still makes an honour.
    [InlineData("全区共打造志愿服务精品项目12个。", "activities")]
    [InlineData("评选出最佳志愿服务项目10个。", "honorees")]
    [InlineData("全区共有注册志愿者1.2万人。", "volunteers")]
    public void AProjectOfVolunteeringIsAServiceGiven(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // 推评 selects as 推选 and 评选 do: those it produced are honoured; people merely recommended are not.
    [InlineData("经层层推荐，最终推评产生年度“乡村能人”个人8名。", "honorees")]
    [InlineData("经层层推荐，最终产生年度候选个人8名。", "other")]
    public void ThoseRecommendedAndAppraisedAreHonoured(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // Towns and cities counted under a conferred title are honoured; towns counted as units are organisations.
    [InlineData("全省现有国家园林城市12个。", "honorees")]
    [InlineData("该市累计创建省级生态乡镇20个。", "honorees")]
    [InlineData("全市共有建制镇20个。", "organizations")]
    [InlineData("暑期共开展文明城市创建活动8场。", "activities")]
    public void PlacesUnderAConferredTitleAreHonoured(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // Goods sent in a relief, weighed, are supplies; waste weighed is the environment.
    [InlineData("爱心企业连夜向灾区运送8吨日用品。", "other")]
    [InlineData("志愿者为受灾村庄送去3吨消毒液。", "other")]
    [InlineData("当天共清运生活垃圾8吨。", "environment")]
    public void ReliefGoodsWeighedAreSupplies(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // People counted by their trade, school or age whose own predicate is volunteer work are volunteers: the volunteer
    // word is the object of a verb they do, 支教 is their verb, or their quoted name is followed by 志愿者.
    [InlineData("12名师生前往山区开展“微光”志愿服务活动。", "volunteers")]
    [InlineData("8名社区民警担任暑期支教老师。", "volunteers")]
    [InlineData("300余名大学生报名参加暑期志愿服务活动。", "volunteers")]
    [InlineData("15名外卖小哥作为志愿者走上街头。", "volunteers")]
    [InlineData("20名师范生在山区小学支教。", "volunteers")]
    [InlineData("12名“小候鸟”志愿者来到车站。", "volunteers")]
    // Volunteers who lead them, who are beside them or who make up another item are not they; those served stay served.
    [InlineData("100多名儿童在志愿者的带领下参观科技馆。", "participants")]
    [InlineData("5名同学和志愿者一起打扫街巷。", "other")]
    [InlineData("8名外聘专家、教师及本地的文化志愿者参加座谈。", "other")]
    [InlineData("社区为40名孩子开展文艺志愿服务。", "beneficiaries")]
    public void PeopleWhoseOwnPredicateIsVolunteerWorkAreVolunteers(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // A service team is a volunteer team only when its name says so; people recruited are volunteers only when the
    // sentence names volunteering, else they are recruited to take part.
    [InlineData("县里组建农技服务队20支。", "organizations")]
    [InlineData("全区组建“邻里守望”志愿服务队15支。", "volunteers")]
    [InlineData("夏令营每期招募30名学生。", "participants")]
    [InlineData("团区委招募40名大学生青年志愿者。", "volunteers")]
    [InlineData("活动共招募60名大学生、12名青年教师组成志愿宣讲团。", "volunteers")]
    public void ServiceTeamsAndRecruitsVolunteerOnlyWithAWordOfVolunteering(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // Teams counted by a team's head alone are a volunteer body's teams when the body is named before them: as the field
    // before the count, as the body the sentence named, or as the volunteer teams counted just before.
    [InlineData("全市组建志愿服务12支乡镇分队、40支村支队。", 0, "volunteers")]
    [InlineData("全市组建志愿服务12支乡镇分队、40支村支队。", 1, "volunteers")]
    [InlineData("社区的义工团队不断壮大，下设6支队伍。", 0, "volunteers")]
    // A team with work of its own, or teams with no volunteer body before them, stay organisations.
    [InlineData("志愿服务队成立后，全县又组建了9支应急救援队。", 0, "organizations")]
    [InlineData("全县共组建6支队伍。", 0, "organizations")]
    // People counted in the clause of a volunteer body's teams, with the teams as their noun, are their members.
    [InlineData("社区的义工团队不断壮大，下设6支队伍共八十余人。", 1, "volunteers")]
    [InlineData("全县共组建6支队伍共八十余人。", 1, "other")]
    public void AVolunteerBodysTeamsAreVolunteers(string paragraph, int index, string category) =>
        Assert.Equal(category, Extract(paragraph)[index].Category);

    [Theory]
    // 救援 right before the people counted, or before their noun after an adverb of total, is done to them: they are
    // helped; rescuers and people sent to the rescue are not.
    [InlineData("这些年他累计救援12名落水群众。", "beneficiaries")]
    [InlineData("救援队今年共救援被困游客300余人次。", "beneficiaries")]
    [InlineData("当地组织消防等救援力量和村民共计200人参与救援。", "participants")]
    [InlineData("全县共投入救援力量300人。", "participants")]
    [InlineData("该队全年累计救援人员260人次。", "participants")]
    [InlineData("该队全年累计救援志愿者260人次。", "volunteers")]
    [InlineData("该队全年累计救援被困人员260人次。", "beneficiaries")]
    // A count of people right after 救援 measures those rescued, unless a verb of joining or sending comes before 救援.
    [InlineData("截至昨晚8时，救援人数已经达到45人。", "beneficiaries")]
    [InlineData("当天参与救援人数达到120人。", "participants")]
    [InlineData("全县共投入救援人数300余人。", "participants")]
    // People carried out of a flood or escorted are helped, as those moved are; goods carried out are not people.
    [InlineData("当天冲锋舟共运出被困村民80余人。", "beneficiaries")]
    [InlineData("志愿者护送200余名返乡务工人员平安到家。", "beneficiaries")]
    [InlineData("当天共运出建筑垃圾30吨。", "environment")]
    public void ThoseRescuedAreHelped(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // People taught or shown (接受…教育, 扮演, 聆听) took part; people examined or treated (接受…检查, 手术) were served;
    // 接受 of an interview says neither.
    [InlineData("60余名中学生接受了国防教育。", "participants")]
    [InlineData("15名青少年分别扮演法官和律师。", "participants")]
    [InlineData("20余位环卫工人接受免费的口腔检查。", "beneficiaries")]
    [InlineData("3名村民接受了记者采访。", "other")]
    public void PeopleTaughtTakePartAndPeopleExaminedAreServed(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
