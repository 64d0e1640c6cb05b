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
}
