using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Places;

public sealed class PlaceResolutionTests
{
    private static readonly DocumentFacts August2023 = new(new DateOnly(2023, 8, 15));

    private static IReadOnlyList<Statistic> StatisticsOf(string text, DocumentFacts? facts = null) =>
        PageExtractor.Extract(text, facts ?? August2023).Articles.SelectMany(a => a.Statistics).ToList();

    [Fact]
    public void AnAmbiguousDistrictIsResolvedByTheCityTheDocumentNames()
    {
        var beijing = StatisticsOf("北京市今年以来持续推进志愿服务。\n\n朝阳区注册志愿者达到3200人。\n");
        var changchun = StatisticsOf("长春市今年以来持续推进志愿服务。\n\n朝阳区注册志愿者达到3200人。\n");

        Assert.Equal("110105", Assert.Single(beijing).Place?.Code);
        Assert.Equal("220104", Assert.Single(changchun).Place?.Code);
    }

    [Fact]
    public void AnAmbiguousNameWithNoContextIsLeftUnresolvedRatherThanGuessed()
    {
        // 新城区 is in 西安 and in 呼和浩特, neither a municipality.
        var statistics = StatisticsOf("新城区注册志愿者达到3200人。\n");

        Assert.Null(Assert.Single(statistics).Place);
    }

    [Theory]
    [InlineData("朝阳区注册志愿者达到3200人。\n", "110105")]
    [InlineData("通州区开展消防宣讲，共举办宣讲520场。\n", "110112")]
    [InlineData("宝山区开展防汛检查，共检查小区36个。\n", "310113")]
    public void AnAmbiguousDistrictNamedInFullWithNoContextIsTheMunicipalitys(string text, string code)
    {
        Assert.Equal(code, Assert.Single(StatisticsOf(text)).Place?.Code);
    }

    [Fact]
    public void AShortNameIsResolvedWithinItsPrefecture()
    {
        var statistic = Assert.Single(StatisticsOf("天津市红桥区持续推进志愿服务。\n\n红桥注册志愿者达到3200人。\n"));

        Assert.Equal("120106", statistic.Place?.Code);
        Assert.Equal(["天津市", "红桥区"], statistic.Place?.Path);
    }

    [Fact]
    public void AVillageTheTableLacksIsKeptByNameUnderItsTown()
    {
        var statistic = Assert.Single(StatisticsOf("陕西省宝鸡市渭滨区神农镇益门堡村组织志愿者开展巡河，共出动志愿者35人。\n"));

        Assert.Equal("益门堡村", statistic.Place?.Name);
        Assert.Equal(PlaceLevel.Village, statistic.Place?.Level);
        Assert.Equal(["陕西省", "宝鸡市", "渭滨区", "神农镇", "益门堡村"], statistic.Place?.Path);
        Assert.StartsWith("610302", statistic.Place?.Code);
    }

    // A village listed with 、 right after one read under its town is another of that town, and a list of them gives the
    // town; one joined by 与 is not read as a list (与 also joins a village and a body).
    [Theory]
    [InlineData("陕西省宝鸡市渭滨区神农镇石桥村、杨湾村共出动志愿者35人。\n", "神农镇")]
    [InlineData("陕西省宝鸡市渭滨区神农镇石桥村、杨湾村组织巡河。\n\n杨湾村出动志愿者35人。\n", "杨湾村")]
    [InlineData("陕西省宝鸡市渭滨区神农镇石桥村与杨湾村组织巡河，杨湾村出动志愿者35人。\n", "石桥村")]
    public void AVillageListedAfterAnotherLiesInTheSameTown(string text, string place)
    {
        Assert.Equal(place, Assert.Single(StatisticsOf(text)).Place?.Name);
    }

    // An ethnic township written by its short name and 乡 (于家务乡 for 于家务回族乡) is read after the county it lies in,
    // and a village after it lies in it; with no county named, the short form is not read.
    [Theory]
    [InlineData("北京市通州区于家务乡组织志愿者开展巡河，共出动志愿者35人。\n", "于家务回族乡")]
    [InlineData("北京市通州区于家务乡东柳树村组织志愿者开展巡河，共出动志愿者35人。\n", "东柳树村")]
    [InlineData("于家务乡组织志愿者开展巡河，共出动志愿者35人。\n", null)]
    public void AnEthnicTownshipsShortFormIsReadAfterItsCounty(string text, string? place)
    {
        Assert.Equal(place, Assert.Single(StatisticsOf(text)).Place?.Name);
    }

    [Fact]
    public void AFigureWhoseSentenceNamesNoPlaceTakesTheArticlesPlace()
    {
        var statistics = StatisticsOf("中新网丽江8月13日电 丽江市持续推进文明实践。\n\n活动共吸引观众3000余人。\n");

        Assert.Equal("丽江市", Assert.Single(statistics).Place?.Name);
    }

    [Fact]
    public void TheDocumentsPlaceIsUsedWhenTheTextNamesNone()
    {
        var statistics = StatisticsOf("街道今年以来开展志愿服务活动120余场。\n", August2023 with { Place = "120106" });

        Assert.Equal("红桥区", Assert.Single(statistics).Place?.Name);
    }

    [Fact]
    public void ANationalFigureHasNoPlace()
    {
        var statistics = StatisticsOf("天津市持续推进志愿服务。\n\n全国注册志愿者人数超过2.3亿人。\n");

        Assert.Null(Assert.Single(statistics).Place);
    }

    [Fact]
    public void APlaceIsFoundByCodeOrNameButNotByAnAmbiguousName()
    {
        Assert.Equal("红桥区", PlaceLookup.Find("120106")?.Name);
        Assert.Equal("120106", PlaceLookup.Find("红桥区")?.Code);
        Assert.Equal("22", PlaceLookup.Find("吉林")?.Code);
        Assert.Null(PlaceLookup.Find("朝阳区"));
        Assert.Null(PlaceLookup.Find("999999"));
    }

    [Theory]
    [InlineData("红桥区")]
    [InlineData("天津市红桥区")]
    [InlineData("活动在神农镇")]
    [InlineData("益门堡村")]
    public void APlaceNameAtTheVeryEndOfAParagraphIsRead(string text)
    {
        var page = PageExtractor.Extract(text, August2023);

        Assert.NotNull(page);
    }
}
