using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Places;

/// <summary>Which place a figure belongs to when its sentence names several, or a scope word, or a list.</summary>
public sealed class FigurePlaceTests
{
    private static readonly DocumentFacts August2023 = new(new DateOnly(2023, 8, 15));

    private static IReadOnlyList<Statistic> StatisticsOf(string text) =>
        PageExtractor.Extract(text, August2023).Articles.SelectMany(a => a.Statistics).ToList();

    [Fact]
    public void ADistrictSharedByTwoCitiesIsResolvedByASiblingOnlyOneCityHas()
    {
        // 铁东区 is in 鞍山 and in 四平; 立山区 only in 鞍山.
        var statistics = StatisticsOf("立山区改造小区12个。\n\n铁东区4个小区基本完工。\n");

        Assert.Equal("210302", statistics[1].Place?.Code);
    }

    [Fact]
    public void AListOfPlacesGivesTheSmallestAreaHoldingThemAll()
    {
        var statistic = Assert.Single(StatisticsOf("鞍山市召开现场会，铁东区、立山区和千山区负责人60余人参会。\n"));

        Assert.Equal("鞍山市", statistic.Place?.Name);
    }

    [Fact]
    public void APlaceGivenAsAnExampleDoesNotOwnTheFigure()
    {
        var statistic = Assert.Single(StatisticsOf("湖北省首批样板点揭晓，湖北省妇联介绍了推选情况。武汉市江岸区百步亭社区四居委会等100个样板点入选。\n"));

        Assert.Equal("湖北省", statistic.Place?.Name);
    }

    [Fact]
    public void AScopeWordMeansTheAreaOfItsLevelAroundTheNamedPlace()
    {
        var district = Assert.Single(StatisticsOf("深圳市宝安区持续治水，全区消除黑臭水体320个。\n"));
        var municipality = Assert.Single(StatisticsOf("天津市森林资源匮乏，全市森林覆盖率不足1%。\n"));

        Assert.Equal("宝安区", district.Place?.Name);
        Assert.Equal("天津市", municipality.Place?.Name);
    }

    [Fact]
    public void AnOrganisationsPlaceDoesNotMakeTheArticleAboutIt()
    {
        var page = PageExtractor.Extract("北京市发改委批复延庆区新建学校项目。\n\n延庆区将新增学位720个，延庆新城改造道路12条。\n", August2023);

        Assert.Equal("延庆区", page.Articles[0].Place?.Name);
    }

    // A chain that writes its county and goes below it (平坝区天龙镇新光村) votes for the county too, down to the county's
    // level only: an article whose scene is a village of the county, and whose prefecture's bodies act, is the county's;
    // one that keeps naming a township of it is still the township's.
    [Theory]
    [InlineData("安顺市平坝区天龙镇新光村今日举行丰收节。\n\n平坝区天龙镇新光村种植蔬菜1200亩。安顺市农业农村局派出专家。安顺市供销社设立站点。安顺市文旅局组织游客。\n\n活动共吸引游客3000余人。\n", "平坝区")]
    [InlineData("安顺市平坝区天龙镇举办丰收节。\n\n天龙镇新建冷库2座。安顺市农业农村局派出专家。安顺市供销社设立站点。\n\n活动共吸引游客3000余人。\n", "天龙镇")]
    public void ACountyWrittenInAChainVotesForTheArticlesPlace(string text, string place)
    {
        var page = PageExtractor.Extract(text, August2023);

        Assert.Equal(place, page.Articles[0].Place?.Name);
    }

    [Fact]
    public void PeopleComingFromAllOverTheCountryAreNotANationalFigure()
    {
        var statistic = Assert.Single(StatisticsOf("山西省西部计划启动，来自全国各地的1100名志愿者赴山西服务。\n"));

        Assert.Equal("山西省", statistic.Place?.Name);
    }

    [Fact]
    public void TheNationalWordMakesAFigureWithNoPlace()
    {
        var statistic = Assert.Single(StatisticsOf("红桥区召开会议。我国注册志愿者超过2亿人。\n"));

        Assert.Null(statistic.Place);
    }

    [Theory]
    [InlineData("红河州召开会议。2022年，中国数字经济规模超过50万亿元。\n", null)]
    [InlineData("红河州召开会议。随着中国新能源汽车品质提高，销量增长超过30%。\n", null)]
    [InlineData("弥勒市召开会议。中国农业科学院专家团队共培训农户300人。\n", "弥勒市")]
    [InlineData("弥勒市召开会议。中国式现代化宣讲团共开展宣讲12场。\n", "弥勒市")]
    [InlineData("弥勒市召开会议。中国青年报记者共采访农户30户。\n", "弥勒市")]
    [InlineData("弥勒市召开会议。中国援外医疗队共有队员20名。\n", "弥勒市")]
    [InlineData("龙岗区召开会议。据了解，我国机器人产业规模持续壮大。去年机器人产业营业收入超过1700亿元。\n", null)]
    [InlineData("龙岗区召开会议。当前我国慢性病防治形势复杂。统计显示，慢性病导致的疾病负担超过70%。\n", null)]
    [InlineData("龙岗区召开会议。据了解，我国机器人产业规模持续壮大。全区机器人企业达到120家。\n", "龙岗区")]
    [InlineData("龙岗区召开会议。据了解，我国持续推进国家公园建设。一处国家公园打通生态通道，野生动物数量超过60只。\n", null)]
    [InlineData("龙岗区召开会议。据了解，我国持续推进国家公园建设。在安阳建成生态走廊，野生动物数量超过60只。\n", "安阳市")]
    [InlineData("龙岗区召开会议。近期全国多地发生诈骗案，龙岗区一居民报警。该居民被骗5万元。\n", "龙岗区")]
    [InlineData("龙岗区举办运动会。全球游客可领取出行券包。每个券包价值20元。\n", "龙岗区")]
    [InlineData("新华社北京8月15日电（记者 某某）国家统计局15日发布数据。7月份，社会消费品零售总额同比增长2.5%。\n", null)]
    [InlineData("中新社北京8月15日电 (记者 某某) 今年中国经济开局良好。7月份，社会消费品零售总额同比增长2.5%。\n", null)]
    [InlineData("新华社北京8月15日电（记者 某某）北京市统计局15日发布数据。7月份，社会消费品零售总额同比增长2.5%。\n", "北京市")]
    [InlineData("新华社北京8月15日电（记者 某某）国家统计局在北京市召开发布会。7月份，社会消费品零售总额同比增长2.5%。\n", "北京市")]
    public void TheCountryAsASubjectMakesANationalStoryAndTheCountryHeadingANameDoesNot(string text, string? place)
    {
        var statistic = Assert.Single(StatisticsOf(text));

        Assert.Equal(place, statistic.Place?.Name);
    }

    [Theory]
    [InlineData("东台市唐洋镇新丰村围绕创成江苏省健康村目标推进整治。全村建立了60多人的志愿者队伍。\n", "新丰村")]
    [InlineData("房山区召开会议。北京市首家村级鉴定站挂牌，服务残障人士120位。\n", "北京市")]
    [InlineData("北京市通州区召开会议。宋庄镇首家村级鉴定站挂牌，服务残障人士120位。\n", "宋庄镇")]
    [InlineData("东营市东城社区获赠资金10万元。\n", "东城社区")]
    [InlineData("鹤峰县委驻村工作队走访农户，共走访490户。\n", "鹤峰县")]
    public void AVillageIsNotReadRightAfterAProvinceNorBefore级(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // A county's short name right after its own province's name is that county (河北涿州); a name that is also a
    // prefecture's (湖南衡阳) stays the city.
    [Theory]
    [InlineData("河北涿州灾后重建有序推进，已转移群众300人。\n", "涿州市")]
    [InlineData("湖南衡阳灾后重建有序推进，已转移群众300人。\n", "衡阳市")]
    public void ACountysShortNameAfterItsProvinceIsThatCounty(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // Where people went (驰援, 赶赴, 前往) is not the place of a figure before it in its clause; where they come from
    // (来自) is their home, and stays the figure's. 出生于某省某县: one person's birthplace is no place the article is about.
    [Theory]
    [InlineData("南阳市多支救援队出征。12支驰援河北涿州的南阳救援队平安归来。\n", "南阳市")]
    [InlineData("南阳市卧龙区组建医疗队。25日，6名队员乘机前往甘肃省积石山县。\n", "卧龙区")]
    [InlineData("南阳市召开慰问会，与30名来自内乡县的退役老兵欢聚一堂。\n", "内乡县")]
    [InlineData("某某，曾任南阳市剧团团长。1950年出生于河南内乡县。他先后资助学生20名。\n", "南阳市")]
    [InlineData("某某，曾任南阳市剧团团长。1950年在河南内乡县演出。他先后资助学生20名。\n", "内乡县")]
    public void APlaceThePeopleWentToOrWereBornInIsNotTheirs(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // 该镇某村, 该县某村: a village right after a word pointing to the town or county just named lies in it; 该镇农村 is a
    // common noun.
    [Theory]
    [InlineData("内乡县马山口镇召开会议。该镇石桥村组建志愿服务队，共有队员15人。\n", "内乡县/马山口镇/石桥村")]
    [InlineData("内乡县召开会议。该县石桥村组建志愿服务队，共有队员15人。\n", "内乡县/石桥村")]
    [InlineData("内乡县马山口镇召开会议。该镇农村地区组建志愿服务队，共有队员15人。\n", "内乡县/马山口镇")]
    public void AVillageAfterAWordPointingToItsTownLiesInThatTown(string text, string path)
    {
        Assert.Equal(path, string.Join('/', StatisticsOf(text)[^1].Place?.Path.Skip(2) ?? []));
    }

    [Fact]
    public void AVillageIsNotReadAfterAShortNameWhereItIsAPhrase()
    {
        var statistic = Assert.Single(StatisticsOf("北京市房山区持续救援，房山失联村已经全部复联，房山区的失联村一度达到了43个。\n"));

        Assert.Equal("房山区", statistic.Place?.Name);
    }

    [Fact]
    public void AReportsOriginalTitleGivesThePlaceAndItsLeadTheDivisionInside()
    {
        var page = PageExtractor.Extract("原标题：宝山的他们让便民服务零等待家住在宝山区吴淞街道的周阿姨反映，路口绿灯时长48秒。\n", August2023);

        Assert.Equal("吴淞街道", page.Articles[0].Place?.Name);
    }

    // A lead that opens on one person's home (某村保洁员某某), named nowhere else, sets the scene: the article stays
    // with the title's area. A group of villagers (村民们) is the village's own story, and the lead narrows the title.
    [Theory]
    [InlineData("保洁员李某", "新宁县")]
    [InlineData("村民们", "白沙村")]
    public void ALeadOnOnePersonsHomeDoesNotNarrowTheTitlesPlace(string who, string place)
    {
        var text = $"原标题：新宁县：百村推行垃圾分类见实效，乡村环境焕然一新。本报讯（记者 张三）8月17日上午，湖南省新宁县白沙村{who}正在分拣垃圾。“以前垃圾随手扔，现在都分好类。”他说。今年实施垃圾分类的村有30个。\n";

        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Fact]
    public void ASentenceThatNamesNoPlaceSpeaksOfThePlaceThePreviousSentenceOpenedWith()
    {
        var statistic = Assert.Single(StatisticsOf("泰山区举办消夏晚会，泰山区各界参加。与此同时，岱庙街道拥军志愿服务活动也在现场进行。街道21支志愿服务队伍提供服务。\n"));

        Assert.Equal("岱庙街道", statistic.Place?.Name);
    }

    // A time word may stand before the subject without a comma (去年四川…): the place still opens its clause and carries to
    // the next sentence. A place after other words (今年晚会在上高街道举行) is no subject, and the article's place stays.
    [Theory]
    [InlineData("翠屏区举办现场会。据统计，去年四川再生稻面积达到400万亩。今年面积将扩大到450万亩。\n", "四川省")]
    [InlineData("泰山区举办消夏晚会，泰山区各界参加。今年晚会在上高街道举行。现场观众达到300余人。\n", "泰山区")]
    // A chain goes on only while each name lies inside the one before: 铜川 of a community's name is no part of it.
    [InlineData("嘉定区举办便民活动。8月12日华亭镇铜川新苑社区举行便民集市。现场共设摊位20个。\n", "华亭镇")]
    [InlineData("嘉定区举办便民活动。华亭镇铜川新苑社区举行便民集市。现场共设摊位20个。\n", "华亭镇")]
    public void ThePlaceASentenceOpensWithCarriesPastATimeWordAndAlongItsChainOnly(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // The ；-items of a sentence are one sentence: the place its first item opens with carries through the later items
    // that name no place, and to the sentence after them. An item that names a place of its own (在上高街道…) ends the carry.
    [Theory]
    [InlineData("泰山区召开会议，泰山区各界参加。岱庙街道推广便民服务，一方面组织志愿者巡查；另一方面设立服务点。活动开展以来，共服务居民3000余人次。\n", "岱庙街道")]
    [InlineData("泰山区召开会议，泰山区各界参加。今年上半年，岱庙街道新增就业岗位300个；新建口袋公园5个；改造道路12条。\n", "岱庙街道")]
    [InlineData("泰山区召开会议，泰山区各界参加。今年上半年，岱庙街道新增就业岗位300个；在上高街道新建口袋公园5个；改造道路12条。\n", "泰山区")]
    public void ThePlaceTheFirstItemOfASentenceOpensWithCarriesThroughItsItems(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // The number of an item (2、, （二）) stands before the subject as a bulletin numbers its stories; a place after other
    // words (关于…) is still no subject.
    [Theory]
    [InlineData("南阳市通报3起问题，南阳市自然资源局、南阳市农业农村局已督促整改。2、内乡县马山口镇违法占地问题。今年5月，当事人违法占用耕地3.2亩。\n", "马山口镇")]
    [InlineData("南阳市通报3起问题，南阳市自然资源局、南阳市农业农村局已督促整改。（二）内乡县马山口镇违法占地问题。今年5月，当事人违法占用耕地3.2亩。\n", "马山口镇")]
    [InlineData("南阳市通报3起问题，南阳市自然资源局、南阳市农业农村局已督促整改。2、关于内乡县马山口镇违法占地问题。今年5月，当事人违法占用耕地3.2亩。\n", "南阳市")]
    public void AnItemsNumberMayStandBeforeTheSubject(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // A village or community named bare (a title's 某某社区开展…) before the page names it under its township is that one;
    // a bare name the page never places is not read.
    [Theory]
    [InlineData("石桥村举办消夏晚会，吸引观众300余人。内乡县马山口镇石桥村位于山区，内乡县文化馆、内乡县图书馆派出演员。\n", "石桥村")]
    [InlineData("石桥村举办消夏晚会，吸引观众300余人。内乡县文化馆、内乡县图书馆派出演员。\n", "内乡县")]
    // A village listed after one the page knows is another of the same township: the list is the township's.
    [InlineData("内乡县召开会议，内乡县各乡镇参加。石桥村、河湾村共组织志愿者60名。内乡县马山口镇石桥村位于山区。\n", "马山口镇")]
    public void AVillageNamedBareBeforeItsTownshipIsReadAsTheVillageItNamesLater(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[0].Place?.Name);
    }

    // 某村, 某某村: 某 (a certain) hides the village's name, so none is named and the township is the figure's place; a
    // village named after its township is still read.
    [Theory]
    [InlineData("内乡县马山口镇某村村民报警称，被骗走现金3万元。\n", "马山口镇")]
    [InlineData("内乡县马山口镇某某村村民报警称，被骗走现金3万元。\n", "马山口镇")]
    [InlineData("内乡县马山口镇石桥村村民报警称，被骗走现金3万元。\n", "石桥村")]
    public void AVillageWhoseNameIsHiddenBy某IsNoVillage(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Fact]
    public void APlaceCarriesToTheNextSentenceOnly()
    {
        var statistics = StatisticsOf("泰山区举办消夏晚会，泰山区各界参加。岱庙街道志愿服务活动也在现场进行。活动现场人潮涌动。现场观众达到300余人。\n");

        Assert.Equal("泰山区", Assert.Single(statistics).Place?.Name);
    }

    [Fact]
    public void APlaceASentenceSaysWhatItIsOwnsTheFiguresOfItsOtherClauses()
    {
        var statistic = Assert.Single(StatisticsOf("深圳市宝安区治水展开幕。宝安是深圳水污染治理的主战场，治理前小微黑臭水体320个。\n"));

        Assert.Equal("宝安区", statistic.Place?.Name);
    }

    [Theory]
    [InlineData("宜都市位于湖北省西南部，总面积1357平方公里，户籍人口38万人。\n", "宜都市")]
    [InlineData("玉树州地处青海省西南部，平均海拔4200米，下辖6个县。\n", "玉树藏族自治州")]
    [InlineData("据官网介绍，仙桃，湖北省直管市，地处江汉平原，幅员面积2538平方公里。\n", "仙桃市")]
    [InlineData("浦东新区召开会议。该项目位于泥城镇，总投资3.89亿元。\n", "泥城镇")]
    public void APlaceTheSentenceSaysWhereItLiesOwnsTheFiguresOfItsOtherClauses(string text, string place)
    {
        Assert.All(StatisticsOf(text), statistic => Assert.Equal(place, statistic.Place?.Name));
    }

    [Fact]
    public void APlaceNamedPlainlyComesBeforeAnOrganisationsPlaceInTheSentence()
    {
        var statistic = Assert.Single(StatisticsOf("北京市延庆区建设学校。延庆区第三小学改扩建项目位于香水园街道，将在延庆区第三小学旧址基础上，新建建筑面积11313平方米。\n"));

        Assert.Equal("香水园街道", statistic.Place?.Name);
    }

    [Theory]
    [InlineData("广东省佛山市南海区人民法院通报，近日该院判处被告人8名。\n", "南海区")]
    [InlineData("山西运城市盐湖区教育局通报，检查发现违规培训学生79名。\n", "盐湖区")]
    [InlineData("广东省佛山市南海区新建学校8所。\n", "南海区")]
    public void AChainEndingInAnOrganisationIsOneName(string text, string place)
    {
        Assert.Equal(place, Assert.Single(StatisticsOf(text)).Place?.Name);
    }

    // 某市公安局某区分局: a body's branch named after a division inside the body's area is that division's; the body's
    // area only says whose branch it is. A body acting with a branch (公安局联合…分局) keeps its own area.
    [Theory]
    [InlineData("克拉玛依市召开反诈工作会。新疆克拉玛依市公安局独山子区分局开展反诈宣传。近期，成功劝阻电信诈骗5起。\n", "独山子区")]
    [InlineData("北京市召开会议，北京市各界参加。北京市规划和国土资源委员会门头沟分局组织现场踏勘，共安排踏勘队伍16支。\n", "门头沟区")]
    [InlineData("克拉玛依市召开反诈工作会。克拉玛依市公安局联合独山子区分局开展反诈宣传。近期，成功劝阻电信诈骗5起。\n", "克拉玛依市")]
    public void ABodysBranchNamedAfterADivisionInsideItsAreaIsThatDivisions(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Fact]
    public void AnOrganisationsPlaceCountsWhenTheSentenceNamesNoOther()
    {
        var statistic = Assert.Single(StatisticsOf("深圳市开展打击电诈行动。福田公安分局打掉一个涉诈团伙，抓获23人。\n"));

        Assert.Equal("福田区", statistic.Place?.Name);
    }

    [Fact]
    public void AWiderAreasBodyActingOnTheArticlesPlaceDoesNotOwnTheFigure()
    {
        var statistics = StatisticsOf("延庆区新建学校项目获批，延庆区第三小学将扩建。\n\n图源：北京市发改委 新校园将设立12个教学班。\n");

        Assert.Equal("延庆区", Assert.Single(statistics).Place?.Name);
    }

    [Theory]
    [InlineData("平谷区上半年经济向好，增速好于全市平均水平4.2个百分点。\n")]
    [InlineData("平谷区上半年经济向好，增速高于全国平均水平4.2个百分点。\n")]
    [InlineData("平谷区上半年经济向好，增速与全市持平，高于一季度2.4个百分点。\n")]
    public void APlaceAFigureIsComparedWithIsNotItsPlace(string text)
    {
        var statistic = Assert.Single(StatisticsOf(text));

        Assert.Equal("平谷区", statistic.Place?.Name);
    }

    [Theory]
    // Where the subject ranks (全省领先, 排名全市第二, 全国首个) is no area of a figure in another clause; in its own clause
    // the scope still counts (全省首批…20个), and 第一产业 is an industry.
    [InlineData("怀柔区污水治理水平全市领先，处理率达到98%。\n", "怀柔区")]
    [InlineData("怀柔区建成全国首个山区数字农场，种植蔬菜约50亩。\n", "怀柔区")]
    [InlineData("怀柔区年报公示率排名全市第二，其中个体户公示率达96%。\n", "怀柔区")]
    [InlineData("怀柔区召开会议。全市首批示范村共12个。\n", "北京市")]
    [InlineData("怀柔区召开会议。全市第一产业增加值增长2.4%。\n", "北京市")]
    // After a verb of being, winning or ranking, or before a rank within a noun phrase (第9位, 之一), the area is where
    // the title is issued or the subject ranks, in the figure's own clause too; a count right after it counts the set.
    [InlineData("宁德市作为全国白茶主产区，拥有茶园12万亩。\n", "宁德市")]
    [InlineData("连云港港吞吐量居全国沿海港口第9位、全球第30位，集装箱航线达到80条。\n", "连云港市")]
    [InlineData("潜江市境内有全国十大油田之一的江汉油田，辖10个乡镇。\n", "潜江市")]
    [InlineData("昆山市成为全国首个产值突破5000亿元的县级市。\n", "昆山市")]
    [InlineData("曾都区召开会议。曾都区项目作为全省五个示范项目之一，获得贷款11.8亿元。\n", "曾都区")]
    [InlineData("恩施州召开会议。恩施州曾是全国14个集中连片特困地区之一。\n", null)]
    [InlineData("红安县召开会议。红安县的经验入选全国工商联发布的典型事例100件。\n", null)]
    [InlineData("房山区青龙湖镇下坪村修路。这里是全村的主干道，沿线300多名村民受益。\n", "下坪村")]
    [InlineData("福建省召开会议。福建政务服务能力在全国位列优秀级，网上办事项占比96.5%。\n", "福建省")]
    public void WhereTheSubjectRanksIsNoAreaOfAFigureInAnotherClause(string text, string? place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Theory]
    // A short name inside a work's title (a song's 北京) names the work; a document's title names its area in full, which
    // is the area it governs.
    [InlineData("怀柔区文艺汇演在歌曲《我们唱到上海滩》中开场，演员共80余人。\n", "怀柔区")]
    [InlineData("怀柔区印发《北京市节水行动方案》，全市将新建节水小区30个。\n", "北京市")]
    public void AShortNameInsideAWorksTitleIsNoPlace(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Theory]
    // An example after the figure in its clause is no more its place than one before it; a news app is an outlet.
    [InlineData("7月5日，石帆街道暑期课堂开班，9名志愿者带来了剪纸、乐清细纹刻纸等8门课程。\n", "石帆街道")]
    [InlineData("石门街道遭遇暴雨据新浙江客户端消息，3人受伤。\n", "石门街道")]
    public void AnExampleOrAnOutletAfterTheFigureIsNoPlaceOfIt(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[0].Place?.Name);
    }

    [Theory]
    // A district of a municipality has no prefecture: on a page that names the city, its short name is the district
    // (浦东 of 浦东新区 too). A province's short name stays the province (河北, not 天津's 河北区); a short name that is an
    // ordinary word (和平, 长寿) or holds one (金山银山) is no district unless written in full or after its city.
    [InlineData("北京市通报汛情。怀柔法院审结涉林案件56件。\n", "怀柔区")]
    [InlineData("上海市通报治安情况。浦东警方破获电诈案件37起。\n", "浦东新区")]
    [InlineData("重庆市通报汛情。彭水公安出动警力60人次。\n", "彭水苗族土家族自治县")]
    [InlineData("天津市通报汛情。河北多地受灾，转移群众3万人。\n", "河北省")]
    [InlineData("天津市举办纪念活动。和平年代更需奉献，志愿者达到900人。\n", "天津市")]
    [InlineData("宁波江北举办全民健身活动，参与群众600余人。\n", "江北区")]
    [InlineData("天津市举办安全宣传活动。全市和平稳定，出动民警900人次。\n", "天津市")]
    public void AMunicipalitysDistrictIsReadByItsShortNameOnAPageThatNamesTheCity(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // Xinjiang's areas name their nationality without 族: 新疆 is the region, 伊犁 and 巴音郭楞 the prefectures.
    [Theory]
    [InlineData("乌鲁木齐市召开会议。新疆新增城镇就业1.6万人。\n", "新疆维吾尔自治区")]
    [InlineData("新疆维吾尔自治区召开会议。伊犁新建牧道120公里。\n", "伊犁哈萨克自治州")]
    [InlineData("新疆维吾尔自治区召开会议。巴音郭楞新增绿洲防护林3万亩。\n", "巴音郭楞蒙古自治州")]
    // A wing banner of Inner Mongolia by its abbreviation (科左后旗), which keeps 旗; not one of two characters (巴林左旗).
    [InlineData("科左后旗开设流动诊疗车，累计服务群众5000人次。\n", "科尔沁左翼后旗")]
    [InlineData("乌兰察布市召开会议。察右后旗新建牧道12公里。\n", "察哈尔右翼后旗")]
    [InlineData("包头市召开会议。土右旗新增绿地300亩。\n", "土默特右旗")]
    [InlineData("赤峰市召开会议。巴左旗新建牧道12公里。\n", "赤峰市")]
    // An autonomous county by its short name and 县 (威宁县), which names it alone; the short name alone needs its prefecture.
    [InlineData("威宁县新建产业路36公里。\n", "威宁彝族回族苗族自治县")]
    [InlineData("湖北省召开会议。长阳县新建产业路36公里。\n", "长阳土家族自治县")]
    [InlineData("湖北省召开会议。长阳自治县新建产业路36公里。\n", "长阳土家族自治县")]
    [InlineData("湖北省召开会议。威宁新建产业路36公里。\n", "湖北省")]
    public void AutonomousAreasAreReadByTheirShortNames(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Theory]
    // A company's name runs longer than other bodies' and may hold a bracket: a wider area at its head is where it is
    // registered, not where the article's figures are; so is a university's.
    [InlineData("长治市潞州区举办招聘会。山西恒泰建设（集团）有限公司等8家企业提供岗位120个。\n", "潞州区")]
    [InlineData("吕梁市举行就业活动。山西兴达国际物流集团有限公司吸纳退役军人就业60余人。\n", "吕梁市")]
    [InlineData("长沙市召开会议。湖南省新注册公司1.2万家。\n", "湖南省")]
    [InlineData("甘肃省定西市举办科技下乡活动。甘肃农业科技大学的专家为80余名农户授课。\n", "定西市")]
    public void AWiderAreaHeadingACompanysNameIsNotTheFiguresPlace(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Fact]
    public void AShortNameThatBeginsACommunitysNameIsNotTheArea()
    {
        var page = PageExtractor.Extract("千佛山街道开展暑期活动。\n\n佛山苑社区开展围棋课堂，吸引儿童30余人。\n", August2023);

        Assert.Equal("千佛山街道", page.Articles[0].Statistics.Single().Place?.Name);
    }

    [Fact]
    public void AListOpeningTheSentenceBeforeGivesTheAreaHoldingItAll()
    {
        var statistic = Assert.Single(StatisticsOf("重庆市璧山区开展托管服务。璧城街道、璧泉街道、青杠街道都已开设托管班。有40余名青年志愿者参与其中。\n"));

        Assert.Equal("璧山区", statistic.Place?.Name);
    }

    [Theory]
    [InlineData("龙游县召开会议，湖镇镇、詹家镇部署防汛。据龙游县应急管理局消息，罗家乡青石村遭遇暴雨。经初步排查，目前该村2处民房受损。\n", "青石村")]
    [InlineData("花垣县召开会议，边城镇、双龙镇部署产业工作。据花垣县农业农村局介绍，麻栗场镇新溪村发展产业。在省农业大学等单位帮扶下，该村实现村集体经济收入78万元。\n", "新溪村")]
    [InlineData("门头沟区妙峰山镇下苇甸村开展清淤。房山区工作人员来到青龙湖镇的辛开口村，该村组织了15人的消杀小队。\n", "青龙湖镇")]
    public void TheVillageJustNamedIsWhat该村Means(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Fact]
    public void TheCountyJustNamedIsWhat该县Means()
    {
        var statistic = Assert.Single(StatisticsOf("河北省文安县加速转移沿线居民。截至8月1日，该县已转移安置16146名居民。\n"));

        Assert.Equal("文安县", statistic.Place?.Name);
    }

    [Fact]
    public void AWordBeginningLikeAScopeWordIsNoScope()
    {
        var statistic = Assert.Single(StatisticsOf("上海市宝山区吴淞街道优化路口。该区域老旧小区多，路口绿灯时长48秒。\n"));

        Assert.Equal("吴淞街道", statistic.Place?.Name);
    }

    [Fact]
    public void ANationalHonourIsNotANationalFigure()
    {
        var statistic = Assert.Single(StatisticsOf("成都市体育学院历史悠久。这里走出了全国冠军1147人次。\n"));

        Assert.Equal("成都市", statistic.Place?.Name);
    }

    [Theory]
    [InlineData("霍山县农村公路建设提速。真金白银为农村公路购买保险，累计理赔2600余万元。\n", "霍山县")]
    [InlineData("红桥区推进平安建设。红桥区实现长治久安，建成平安社区12个。\n", "红桥区")]
    [InlineData("恩施市推进生态建设。绿水青山主题展区面积超过1000平方米。\n", "恩施市")]
    [InlineData("河南省开展放心消费活动。放心消费在中原活动评选出示范单位90家。\n", "河南省")]
    [InlineData("郑州市中原区开展放心消费活动，评选出示范单位90家。\n", "中原区")]
    [InlineData("北京市西城区召开防汛会议，西城区各街道参加。胡同里的平房区安排专人巡查。目前已转移平房院落住户32户。\n", "西城区")]
    [InlineData("哈尔滨市平房区新建公园3个。\n", "平房区")]
    [InlineData("桐庐县召开表彰会。各示范县代表共40名参加。\n", "桐庐县")]
    [InlineData("西峡县召开文化会议。千年古县名录公布，共收录县城56个。\n", "西峡县")]
    [InlineData("龙游县召开乡贤大会。新乡贤捐资120万元修建村道。\n", "龙游县")]
    [InlineData("宁海县召开防汛会议。部分乡镇降雨量超过200毫米。\n", "宁海县")]
    [InlineData("濮阳市召开会议。范县新建公园12个。\n", "范县")]
    [InlineData("平江县推进医改，支持市级和县级临床专科建设项目12个。\n", "平江县")]
    [InlineData("汝城县举办技能大赛。比赛在县人民医院和县中医医院同时进行，共有选手60名。\n", "汝城县")]
    [InlineData("马鞍山市和县开展防汛演练，出动人员300人。\n", "和县")]
    [InlineData("和县香泉镇开展防汛演练，出动人员300人。\n", "香泉镇")]
    [InlineData("涿鹿县遭遇强降雨，多个乡镇、街道降水量超过300毫米。\n", "涿鹿县")]
    public void APlacesNameInsideAnOrdinaryWordIsNotRead(string text, string place)
    {
        var statistic = Assert.Single(StatisticsOf(text));

        Assert.Equal(place, statistic.Place?.Name);
    }

    [Fact]
    public void TheWholeCityInsideACountyLevelCityIsThatCity()
    {
        var statistic = Assert.Single(StatisticsOf("湖南省湘乡市湖铁社区改造启动。该市老旧小区改造共计改造8848户。\n"));

        Assert.Equal("湘乡市", statistic.Place?.Name);
    }

    [Fact]
    public void TheWholeCityOfAnArticleAboutThePrefectureIsThePrefectureThoughACountyLevelCityWasNamedLast()
    {
        var statistics = StatisticsOf("烟台市开展垃圾分类活动，烟台市各区市积极参与。蓬莱区、栖霞市将活动推向乡镇。全市参与人数达到51万人。\n");

        Assert.Equal("烟台市", statistics.Single(s => s.Unit == "人").Place?.Name);
    }

    [Theory]
    // 全区 names a 区, 全县 a 县, 全旗 a 旗: in an autonomous region, 全区 with no district named before it is the region;
    // a district named before it is still its 全区, and so is a prefecture named 地区; 全县 passes over a district to the
    // county.
    [InlineData("内蒙古自治区部署防汛工作。受灾的主要是通辽市开鲁县、兴安盟突泉县。全区转移群众8600人。\n", "内蒙古自治区")]
    [InlineData("中新网乌鲁木齐9月3日电 新疆维吾尔自治区召开发布会。上半年，全区新增城镇就业26.5万人。\n", "新疆维吾尔自治区")]
    [InlineData("南宁市兴宁区召开会议。全区新增就业岗位1800个。\n", "兴宁区")]
    [InlineData("阿克苏地区召开会议。全区新增城镇就业8000人。\n", "阿克苏地区")]
    [InlineData("赤峰市召开会议。巴林右旗旱情严重。全旗受灾群众2万人。\n", "巴林右旗")]
    [InlineData("太和县召开会议，阜阳市颍州区派员参加。全县新增就业3000人。\n", "太和县")]
    public void AScopeWordTakesAnAreaOfItsOwnKindAnd全区InAnAutonomousRegionIsTheRegion(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Theory]
    // A short name before a direction (and a numeral) and a road's ending names the road, and one before 医院 or 物业 a
    // hospital or a property company: not the city 中山 (nor 山东 inside 中山东二路). The city's own page still reads it.
    [InlineData("虹口区召开会议。中山北路沿线新设休息点12处。\n", "虹口区")]
    [InlineData("黄浦区开展消夏活动。中山东二路沿线设置遮阳棚40个。\n", "黄浦区")]
    [InlineData("徐汇区举办义诊。中山医院派出专家15名。\n", "徐汇区")]
    [InlineData("上海市普陀区推进文明创建，中山物业组织保洁员30名参与。\n", "普陀区")]
    [InlineData("中山市召开会议。中山北路新增停车位300个。\n", "中山市")]
    [InlineData("广东省召开会议，中山新增就业岗位800个。\n", "中山市")]
    // Before a breed (湘西黄牛), a short name names the breed, raised anywhere; before 移动, 联通 or 电信, the province's
    // company, an organisation acting in the article's place.
    [InlineData("花垣县召开会议。湘西黄牛存栏达到2万头。\n", "花垣县")]
    [InlineData("湘西州召开会议。湘西新建公路30公里。\n", "湘西土家族苗族自治州")]
    [InlineData("五常市召开防汛会议。通讯抢修方面，黑龙江移动出动维护力量7支。\n", "五常市")]
    public void AShortNameInsideARoadsOrAHospitalsNameIsNoPlace(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Theory]
    // A wider area heading a research institute's, a garrison's or a platform's name, or a title it issues (星级, 名中医), is
    // not the figure's place on a page about a place inside it; on the area's own page it still is.
    [InlineData("延庆区召开会议。北京卫戍区某团官兵清理淤泥600吨。\n", "延庆区")]
    [InlineData("海伦市召开会议。上半年本市志愿者在黑龙江志愿者平台新增注册800名。\n", "海伦市")]
    [InlineData("怀柔区防汛。区水务局组织北京市建筑设计研究院专家排查小区23处。\n", "怀柔区")]
    [InlineData("桃源县召开文旅大会。近年来，桃源县创建了湖南省星级农家乐18处。\n", "桃源县")]
    [InlineData("永川区中医院开展表彰。现场表彰“重庆市名中医”4名。\n", "永川区")]
    [InlineData("城阳区召开会议。区商务局组织青岛华阳4S汽车销售公司等12家企业参加车展。\n", "城阳区")]
    [InlineData("青岛市召开会议。青岛4S店数量达到120家。\n", "青岛市")]
    [InlineData("湖南省召开会议。湖南省现有省级园林县城12个。\n", "湖南省")]
    [InlineData("湖南省召开文旅大会。全省创建湖南省星级农家乐320处。\n", "湖南省")]
    [InlineData("佛山市召开会议。据广东省气象局通报，全省平均降雨量达到86毫米。\n", "广东省")]
    [InlineData("南京市召开会议。江苏省新建标准厂房120万平方米。\n", "江苏省")]
    public void AWiderAreaHeadingAnInstitutesNameOrATitleIsNotTheFiguresPlace(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Theory]
    // A central body opening a clause of a sentence that names no place is the subject of a national figure; what it sends
    // is the receiving area's, and a place it names decides.
    [InlineData("红桥区召开会议。当日，最高人民法院发布典型案例6件。\n", null)]
    [InlineData("嘉兴市召开会议。到目前为止，应急管理部已在各省设立中央级储备库113个。\n", null)]
    [InlineData("嘉兴市召开会议。国家发改委日前印发通知，提出稳就业举措16条。\n", null)]
    [InlineData("龙沙区发生坍塌事故。据国家消防救援局消息，截至目前已救出5人。\n", "龙沙区")]
    [InlineData("嘉兴市召开会议。国家统计局嘉兴调查队介绍，上半年居民消费价格上涨0.6%。\n", "嘉兴市")]
    [InlineData("沙坪坝区召开会议。日前由中宣部等11家单位联合评出名单。\n", null)]
    [InlineData("河北省召开会议。9月5日，财政部、应急管理部紧急下达河北省救灾资金3.5亿元。\n", "河北省")]
    [InlineData("内蒙古自治区召开抗旱会议。水利部下达的5200万元资金正在分配中。\n", "内蒙古自治区")]
    [InlineData("涿州市召开会议。应急管理部调集救援队9支驰援灾区。\n", "涿州市")]
    [InlineData("房山区召开会议。人社部门举办招聘会12场。\n", "房山区")]
    public void ACentralBodyAsTheSubjectMakesANationalFigure(string text, string? place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    [Theory]
    // The country after a verb of coming or going is where people came from or goods went, and 全球 inside an event's name
    // names the event: neither is the area of a figure. 全国 of its own, or after a verb of covering, still is.
    [InlineData("武功县召开会议。该企业生产的猕猴桃汁远销全国，年销售额达2300万元。\n", "武功县")]
    [InlineData("上海市召开会议。8月2日，2024全球数字贸易博览会开幕，32个项目现场签约。\n", "上海市")]
    [InlineData("武功县召开会议。来自全国各地的600名选手参赛。\n", "武功县")]
    [InlineData("武功县召开会议。该企业产品远销全国，全国市场占有率达30%。\n", null)]
    [InlineData("武功县召开会议。该企业的门店覆盖全国86个城市。\n", null)]
    // 全国 heading a title's or a name's noun phrase (a national model village, a global headquarters, 全国一流) qualifies
    // the head noun; a count right after it (全国21个示范区) still counts the country's set.
    [InlineData("武功县召开会议。该县已建成省级示范村12个，全国乡村治理示范村3个。\n", "武功县")]
    [InlineData("武功县召开会议。该县建成全国3号“助残”就业国家级培训基地，帮助60名残疾人就业。\n", "武功县")]
    [InlineData("武功县召开会议。在某电器集团全球总部，每30秒下线一台空调。\n", "武功县")]
    [InlineData("武功县召开会议。该县引进全国一流的苹果品种，亩产达到4000斤。\n", "武功县")]
    [InlineData("武功县召开会议。全国21个乡村治理示范区共有示范村500个。\n", null)]
    public void TheCountryWhereGoodsGoOrInAnEventsNameIsNoScope(string text, string? place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // 其中 breaks down the figure just before: its parts are of that figure's place, unless they name their own.
    [Theory]
    [InlineData("苏州市召开经济形势分析会。\n\n上半年，江西全省实现地区生产总值1.6万亿元。其中，农林牧渔业增加值1100亿元，工业增加值5300亿元。\n", "江西省")]
    [InlineData("苏州市召开经济形势分析会。\n\n上半年，江西全省实现地区生产总值1.6万亿元。其中，赣州市实现地区生产总值2100亿元。\n", "赣州市")]
    public void APartAfter其中TakesThePlaceOfTheFigureBefore(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // A body named after a wider area (a cooperative, a company) acting in a smaller place the sentence named plainly
    // before it: the figure is the smaller place's; with none named, the body's area's.
    [Theory]
    [InlineData("北京市通州区宋庄镇西营村引进通州区绿源养殖专业合作社流转村民土地300亩。\n", "西营村")]
    [InlineData("广东省生态环境厅今年新建监测站300个。\n", "广东省")]
    public void AWiderAreasBodyActingInASmallerPlaceBeforeItDoesNotOwnTheFigure(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // 除X外 ("apart from X") leaves X out of what the sentence counts, the rest of the area above it; a place after
    // 除了在 is where something was done.
    [Theory]
    [InlineData("广东省召开经济形势分析会。\n\n除湖南外，中国30个省份的半年成绩单均已公布。\n", null)]
    [InlineData("广东省召开经济形势分析会。\n\n除湖南外中国30个省份的半年成绩单均已公布，其中12个省份增速超过6%。\n", null)]
    [InlineData("除了湖南、湖北以外，中国29个省份的半年成绩单均已公布。\n", null)]
    [InlineData("除了在长沙市举办培训3场外，志愿者还走访农户120户。\n", "长沙市")]
    public void APlaceLeftOutBy除外IsNoPlaceOfTheFigure(string text, string? place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // A region of several provinces has no single place; one inside a province is that province's; a strategy's name
    // is no area; a region in an earlier clause (a market aimed at) does not take the figure from the sentence's place.
    [Theory]
    [InlineData("河北省召开防汛会议。\n\n京津冀地区目前有5个蓄滞洪区已经启用。\n", null)]
    [InlineData("广州市召开招商会议。\n\n珠三角地区新增专精特新企业300家。\n", "广东省")]
    [InlineData("丰台区将推进重点项目20个，服务京津冀协同发展。\n", "丰台区")]
    [InlineData("某某县召开会议。\n\n丰台区瞄准长三角市场，带动农户200余户。\n", "丰台区")]
    public void ARegionOfSeveralProvincesGivesNoSinglePlace(string text, string? place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }

    // A short name of a county elsewhere with a village's ending right after a place is that place's village.
    [Theory]
    [InlineData("山西省孝义市丰台村，救援人员转移群众260人。\n", "丰台村")]
    [InlineData("北京市丰台区，救援人员转移群众260人。\n", "丰台区")]
    public void AVillageRightAfterItsPlaceIsReadBeforeACountyOfTheSameShortName(string text, string place)
    {
        Assert.Equal(place, StatisticsOf(text)[^1].Place?.Name);
    }
}
