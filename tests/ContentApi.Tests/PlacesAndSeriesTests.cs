using System.Net;
using Dapper;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Corrections;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests;

/// <summary>Statistics carry their place and period; the list filters by them; places and series are drawn from them.</summary>
public sealed class PlacesAndSeriesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Page(string title, string body) => $"""
        {title}

        ■ 记者 李明

        {body}

        """;

    private static string Escape(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task ThreePagesOfOneAreaFromThreeYearsMakeOneSeriesOfThreePoints()
    {
        await _client.IngestAsync(Page("红桥区志愿服务纪实", "截至目前，天津市红桥区巡河护绿志愿者达到1200人。"), "2021-06-01");
        await _client.IngestAsync(Page("红桥区志愿服务再上新台阶", "截至目前，天津市红桥区巡河护绿志愿者达到1500人。"), "2022-06-01");
        await _client.IngestAsync(Page("红桥区志愿服务三年回顾", "截至目前，天津市红桥区巡河护绿志愿者达到1800人。"), "2023-06-01");
        var listed = await _client.GetJsonAsync($"/api/v1/statistics?place=120106&metric={Escape("巡河护绿志愿者")}");
        var key = listed.Items().Select(i => i["metricKey"]!.GetValue<string>()).Distinct().Single();

        var series = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&place=120106");

        var points = series["points"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal([1200m, 1500m, 1800m], points.Select(p => p["value"]!.GetValue<decimal>()));
        Assert.Equal([2021, 2022, 2023], points.Select(p => p["period"]!["year"]!.GetValue<int>()));
        Assert.All(points, p => Assert.Equal("红桥区", p["place"]!["name"]!.GetValue<string>()));
        Assert.Equal("2023-06-01", points[^1]["period"]!["to"]!.GetValue<string>());
        Assert.Equal("人", series["unit"]!.GetValue<string>());
        Assert.Equal(3, series["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task ALimitedSeriesKeepsItsEarliestPeriodsWhateverOrderThePagesCameIn()
    {
        // Ingested latest year first, so the figures' ids run against their periods: the limit must keep the earliest periods.
        await _client.IngestAsync(Page("南开区护河志愿服务三年回顾", "截至目前，天津市南开区护河志愿者达到900人。"), "2023-05-01");
        await _client.IngestAsync(Page("南开区护河志愿服务纪实", "截至目前，天津市南开区护河志愿者达到700人。"), "2021-05-01");
        await _client.IngestAsync(Page("南开区护河志愿服务再上新台阶", "截至目前，天津市南开区护河志愿者达到800人。"), "2022-05-01");
        var listed = await _client.GetJsonAsync($"/api/v1/statistics?place=120104&metric={Escape("护河志愿者")}");
        var key = listed.Items().Select(i => i["metricKey"]!.GetValue<string>()).Distinct().Single();

        var series = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&place=120104&limit=2");

        var points = series["points"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal([2021, 2022], points.Select(p => p["period"]!["year"]!.GetValue<int>()));
        Assert.Equal([700m, 800m], points.Select(p => p["value"]!.GetValue<decimal>()));
        Assert.Equal(3, series["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task ASeriesWithinAnAreaMergesItsPlacesInPeriodOrderAndCountsThemAll()
    {
        // The county's figures and its street's alternate by year and are ingested out of order: the area's page is a
        // merge of each place code's first points (db/0021), which must interleave them by period.
        foreach (var (year, inStreet, value) in new[] { (2022, true, 130), (2019, false, 100), (2023, false, 140), (2020, true, 110), (2021, false, 120) })
        {
            var where = inStreet ? "天津市红桥区丁字沽街道" : "天津市红桥区";
            await _client.IngestAsync(Page($"{where}护林工作{year}", $"截至目前，{where}护林志愿者达到{value}人。"), $"{year}-04-01");
        }

        var listed = await _client.GetJsonAsync($"/api/v1/statistics?place=120106&metric={Escape("护林志愿者")}");
        var key = listed.Items().Select(i => i["metricKey"]!.GetValue<string>()).Distinct().Single();

        var area = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&place=120106&limit=3");
        var street = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&place=120106004");

        var points = area["points"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal([2019, 2020, 2021], points.Select(p => p["period"]!["year"]!.GetValue<int>()));
        Assert.Equal([100m, 110m, 120m], points.Select(p => p["value"]!.GetValue<decimal>()));
        Assert.Equal(["120106", "120106004", "120106"], points.Select(p => p["place"]!["code"]!.GetValue<string>()));
        Assert.Equal(5, area["total"]!.GetValue<long>());
        Assert.Equal(listed["total"]!.GetValue<long>(), area["total"]!.GetValue<long>());
        Assert.Equal([110m, 130m], street["points"]!.AsArray().Select(p => p!["value"]!.GetValue<decimal>()));
        Assert.Equal(2, street["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task ASeriesWithoutAnAreaHoldsFiguresWithoutAPlaceAndCountsBeyondItsLimit()
    {
        // Pages that name no place: their figures are counted under no place code (db/0021), in the key's series
        // without an area and in no area's.
        foreach (var (year, value) in new[] { (2020, 60), (2018, 40), (2019, 50) })
        {
            await _client.IngestAsync(Page($"护鸟工作{year}", $"截至目前，护鸟志愿者达到{value}人。"), $"{year}-03-01");
        }

        var listed = await _client.GetJsonAsync($"/api/v1/statistics?metric={Escape("护鸟志愿者")}");
        var key = listed.Items().Select(i => i["metricKey"]!.GetValue<string>()).Distinct().Single();
        Assert.All(listed.Items(), i => Assert.Null(i["place"]));

        var series = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&limit=2");
        var inAnArea = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&unit={Escape("人")}&place=12");

        var points = series["points"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal([2018, 2019], points.Select(p => p["period"]!["year"]!.GetValue<int>()));
        Assert.Equal([40m, 50m], points.Select(p => p["value"]!.GetValue<decimal>()));
        Assert.Equal(3, series["total"]!.GetValue<long>());
        Assert.Equal(listed["total"]!.GetValue<long>(), series["total"]!.GetValue<long>());
        Assert.Empty(inAnArea["points"]!.AsArray());
        Assert.Equal(0, inAnArea["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task ASeriesHoldsTitleFiguresAndLosesRejectedOnes()
    {
        await _client.IngestAsync(Page("河北区新增护绿志愿者300人", "天津市河北区今年新增护绿志愿者500人。"), "2024-06-01");
        var listed = await _client.GetJsonAsync($"/api/v1/statistics?place=120105&metric={Escape("护绿志愿者")}");
        var key = listed.Items().Select(i => i["metricKey"]!.GetValue<string>()).Distinct().Single();
        var url = $"/api/v1/series?metricKey={Escape(key)}&place=120105&unit={Escape("人")}";

        // The title's figure has no section: it is a point all the same.
        Assert.Equal([300m, 500m], (await _client.GetJsonAsync(url))["points"]!.AsArray().Select(p => p!["value"]!.GetValue<decimal>()).Order());
        var body = listed.Items().Single(i => i["value"]!.GetValue<decimal>() == 500m);
        var (_, etag) = await _client.GetStatisticAsync(body.Id());
        Assert.Equal(HttpStatusCode.OK, (await _client.PatchStatisticAsync(body.Id(), etag, """{"status": "rejected"}""")).StatusCode);

        Assert.Equal([300m], (await _client.GetJsonAsync(url))["points"]!.AsArray().Select(p => p!["value"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task ThePlaceFilterOnACodePrefixIncludesTheAreasInside()
    {
        await _client.IngestAsync(Page("红桥区西于庄街道开展活动", "天津市红桥区西于庄街道开展清河行动，出动河长巡查员40人。"), "2023-05-01");
        await _client.IngestAsync(Page("和平区开展活动", "天津市和平区开展清河行动，出动河长巡查员60人。"), "2023-05-02");
        await _client.IngestAsync(Page("朝阳区开展活动", "北京市朝阳区开展清河行动，出动河长巡查员80人。"), "2023-05-03");
        var metric = $"metric={Escape("河长巡查员")}";

        var tianjin = await _client.GetJsonAsync($"/api/v1/statistics?place=12&{metric}");
        var hongqiao = await _client.GetJsonAsync($"/api/v1/statistics?place=120106&{metric}");
        var byName = await _client.GetJsonAsync($"/api/v1/statistics?place={Escape("红桥区")}&{metric}");
        var street = await _client.GetJsonAsync($"/api/v1/statistics?place=120106001&{metric}");

        Assert.Equal([40m, 60m], tianjin.Items().Select(i => i["value"]!.GetValue<decimal>()).Order());
        Assert.Equal([40m], hongqiao.Items().Select(i => i["value"]!.GetValue<decimal>()));
        Assert.Equal([40m], byName.Items().Select(i => i["value"]!.GetValue<decimal>()));
        Assert.Equal("西于庄街道", Assert.Single(street.Items())["place"]!["name"]!.GetValue<string>());
        Assert.Equal(["天津市", "红桥区", "西于庄街道"], Assert.Single(street.Items())["place"]!["path"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task ArticlesFilteredByPlaceAreThoseWithFiguresInTheArea()
    {
        var inside = await _client.IngestAsync(Page("河东区大王庄街道开展活动", "天津市河东区大王庄街道开展护河行动，出动护河队员45人。"), "2023-05-04");
        var outside = await _client.IngestAsync(Page("海淀区开展活动", "北京市海淀区开展护河行动，出动护河队员55人。"), "2023-05-05");

        var inTianjin = await _client.GetJsonAsync($"/api/v1/articles?place=12&q={Escape("护河行动")}");
        var inHaidian = await _client.GetJsonAsync($"/api/v1/articles?place={Escape("海淀区")}&q={Escape("护河行动")}");

        Assert.Equal([inside.Id()], inTianjin.Items().Select(a => a["documentId"]!.GetValue<long>()));
        Assert.Equal([outside.Id()], inHaidian.Items().Select(a => a["documentId"]!.GetValue<long>()));
        Assert.Equal(1, inTianjin["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task YearAndPeriodFiltersSelectByTheTimeDescribedNotThePublicationDate()
    {
        await _client.IngestAsync(Page("河西区工作回顾", "天津市河西区去年新建口袋公园12个，今年新建口袋公园15个。"), "2023-03-01");
        var metric = $"metric={Escape("口袋公园")}";

        var lastYear = await _client.GetJsonAsync($"/api/v1/statistics?year=2022&{metric}");
        var thisYear = await _client.GetJsonAsync($"/api/v1/statistics?periodFrom=2023-01-01&periodTo=2023-12-31&{metric}");

        Assert.Equal([12m], lastYear.Items().Select(i => i["value"]!.GetValue<decimal>()));
        Assert.Equal([15m], thisYear.Items().Select(i => i["value"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task ASeriesWithSeveralUnitsAsksWhichOneAndNamesThem()
    {
        await _client.IngestAsync(Page("南开区书香活动", "天津市南开区书香润心志愿者达到300人。"), "2023-07-01");
        await _client.IngestAsync(Page("南开区书香活动回顾", "天津市南开区书香润心志愿者达到900人次。"), "2023-07-02");
        var listed = await _client.GetJsonAsync($"/api/v1/statistics?metric={Escape("书香润心")}");
        var keys = listed.Items().Select(i => i["metricKey"]!.GetValue<string>()).Distinct().ToList();
        Assert.Single(keys);

        var response = await _client.GetAsync($"/api/v1/series?metricKey={Escape(keys[0])}");
        var chosen = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(keys[0])}&unit={Escape("人")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ProblemAsync())["errors"]!["unit"]![0]!.GetValue<string>();
        Assert.Contains("人,", message + ",");
        Assert.Contains("人次", message);
        Assert.Equal([300m], chosen["points"]!.AsArray().Select(p => p!["value"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task PlacesListTheAreasWithStatisticsAndNestThemAsATree()
    {
        await _client.IngestAsync(Page("红桥区丁字沽街道开展活动", "天津市红桥区丁字沽街道开展邻里节活动，参与居民300人。"), "2023-05-01");

        var list = await _client.GetFromJsonAsync<JsonArray>("/api/v1/places");
        var tree = await _client.GetFromJsonAsync<JsonArray>("/api/v1/places?view=tree");

        var street = list!.Select(p => p!.AsObject()).Single(p => p["code"]!.GetValue<string>() == "120106004" && p["name"]!.GetValue<string>() == "丁字沽街道");
        Assert.True(street["count"]!.GetValue<long>() >= 1);
        var tianjin = tree!.Select(p => p!.AsObject()).Single(p => p["code"]!.GetValue<string>() == "12");
        var hongqiao = tianjin["children"]!.AsArray().Select(p => p!.AsObject()).Single(p => p["code"]!.GetValue<string>() == "120106");
        Assert.True(tianjin["total"]!.GetValue<long>() >= hongqiao["total"]!.GetValue<long>());
        Assert.Contains(hongqiao["children"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "丁字沽街道");
    }

    [Fact]
    public async Task APlacesCountIsTheTotalOfItsListThroughIngestRejectionAndDelete()
    {
        // place_counts is kept by triggers (db/0017): each writer must move it as it moves the list.
        var document = await _client.IngestAsync(Page("河东区邻里节活动", "天津市河东区开展邻里节活动，参与居民300人，志愿者50人，服务队8支。"), "2023-07-01");
        var listed = await _client.GetJsonAsync("/api/v1/statistics?place=120102&pageSize=100");
        Assert.True(listed["total"]!.GetValue<long>() >= 2);
        Assert.Equal(listed["total"]!.GetValue<long>(), await PlaceTotalAsync("120102"));

        var rejected = listed.Items().First();
        var (_, etag) = await _client.GetStatisticAsync(rejected.Id());
        Assert.Equal(HttpStatusCode.OK, (await _client.PatchStatisticAsync(rejected.Id(), etag, """{"status": "rejected"}""")).StatusCode);
        Assert.Equal(listed["total"]!.GetValue<long>() - 1, await PlaceTotalAsync("120102"));
        Assert.Equal((await _client.GetJsonAsync("/api/v1/statistics?place=120102"))["total"]!.GetValue<long>(), await PlaceTotalAsync("120102"));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/documents/{document.Id()}")).StatusCode);
        Assert.Equal((await _client.GetJsonAsync("/api/v1/statistics?place=120102"))["total"]!.GetValue<long>(), await PlaceTotalAsync("120102"));

        await using var connection = await factory.OpenDatabaseAsync();
        var drift = await connection.ExecuteScalarAsync<long>("""
            SELECT count(*) FROM (
                (SELECT place_code, place_name, place_level, array_to_string(place_path, '/') AS place_path, count(*) AS count
                 FROM statistics WHERE place_code IS NOT NULL AND status = 'accepted' GROUP BY 1, 2, 3, 4
                 EXCEPT SELECT place_code, place_name, place_level, place_path, count FROM place_counts)
                UNION ALL
                (SELECT place_code, place_name, place_level, place_path, count FROM place_counts
                 EXCEPT SELECT place_code, place_name, place_level, array_to_string(place_path, '/'), count(*)
                 FROM statistics WHERE place_code IS NOT NULL AND status = 'accepted' GROUP BY 1, 2, 3, 4)) AS differences
            """);
        Assert.Equal(0, drift);
    }

    private async Task<long> PlaceTotalAsync(string code)
    {
        var places = await _client.GetFromJsonAsync<JsonArray>("/api/v1/places");
        return places!.Select(p => p!.AsObject()).SingleOrDefault(p => p["code"]!.GetValue<string>() == code)?["total"]!.GetValue<long>() ?? 0;
    }

    [Theory]
    [InlineData("/api/v1/statistics?place=朝阳区", "place")]
    [InlineData("/api/v1/statistics?place=不存在的地方", "place")]
    [InlineData("/api/v1/statistics?year=0", "year")]
    [InlineData("/api/v1/articles?place=1", "place")]
    [InlineData("/api/v1/statistics?periodFrom=2023-02-01&periodTo=2023-01-01", "periodTo")]
    [InlineData("/api/v1/series", "metricKey")]
    [InlineData("/api/v1/places?view=map", "view")]
    public async Task BadPlaceAndPeriodParametersAreRefusedPerField(string url, string field)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["errors"]![field]);
    }
}
