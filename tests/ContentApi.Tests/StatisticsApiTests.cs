using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContentApi.Paging;
using ContentApi.Statistics;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests;

/// <summary>The statistics endpoints over the sample page, which the service loads at start.</summary>
public sealed class StatisticsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task VolunteerFiguresComeWithTheirProvenance()
    {
        var envelope = await _client.GetJsonAsync("/api/v1/statistics?category=volunteers");

        var figures = envelope.Items().Select(s => (s["value"]!.GetValue<decimal>(), s["unit"]!.GetValue<string>())).ToList();
        Assert.Contains((955m, "支"), figures);
        Assert.Contains((94220m, "人"), figures);
        Assert.Contains((20m, "%"), figures);
        var volunteers = envelope.Items().Single(s => s["value"]!.GetValue<decimal>() == 94220m);
        Assert.Equal("点燃文明之光 照亮美丽红桥", volunteers["provenance"]!["articleTitle"]!.GetValue<string>());
        Assert.Equal("全民齐参与 共育文明新风", volunteers["provenance"]!["sectionHeading"]!.GetValue<string>());
        Assert.Contains("94220人", volunteers["sentence"]!.GetValue<string>());
        Assert.Equal("94220人", volunteers["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task APageIsWrittenByteForByteAsTheApisJsonOptionsWriteIt()
    {
        var body = await _client.GetStringAsync($"/api/v1/statistics?pageSize=100&exact={Guid.NewGuid():N}");

        // Over 8 KB, where the streaming serializer would leave the generated code's fast path (JsonBody).
        Assert.True(Encoding.UTF8.GetByteCount(body) > 8192);
        var options = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var page = JsonSerializer.Deserialize<PagedResponse<StatisticDto>>(body, options);
        Assert.NotEmpty(page!.Items);
        Assert.Equal(JsonSerializer.Serialize(page, options), body);
    }

    [Fact]
    public async Task SparseFieldsReturnOnlyTheNamedFields()
    {
        var all = await _client.GetJsonAsync("/api/v1/statistics?category=volunteers");
        var envelope = await _client.GetJsonAsync("/api/v1/statistics?category=volunteers&fields=id,value");

        Assert.NotEmpty(envelope.Items());
        Assert.All(envelope.Items(), s => Assert.Equal(["id", "value"], s.Select(p => p.Key).Order()));
        Assert.Equal(all["total"]!.GetValue<long>(), envelope["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task RepeatedCategoriesAreCombined()
    {
        var volunteers = (await _client.GetJsonAsync("/api/v1/statistics?category=volunteers"))["total"]!.GetValue<long>();
        var activities = (await _client.GetJsonAsync("/api/v1/statistics?category=activities"))["total"]!.GetValue<long>();

        var both = await _client.GetJsonAsync("/api/v1/statistics?category=volunteers&category=activities&pageSize=100");

        Assert.Equal(volunteers + activities, both["total"]!.GetValue<long>());
        Assert.All(both.Items(), s => Assert.Contains(s["category"]!.GetValue<string>(), new[] { "volunteers", "activities" }));
    }

    [Fact]
    public async Task FiltersByMetricUnitQualifierAndValueRange()
    {
        var metric = await _client.GetJsonAsync("/api/v1/statistics?metric=%E5%BF%97%E6%84%BF");
        var unit = await _client.GetJsonAsync("/api/v1/statistics?unit=%E5%9C%BA");
        var over = await _client.GetJsonAsync("/api/v1/statistics?qualifier=over&pageSize=100");
        var range = await _client.GetJsonAsync("/api/v1/statistics?minValue=1000&maxValue=10000&pageSize=100");

        Assert.All(metric.Items(), s => Assert.Contains("志愿", s["metric"]!.GetValue<string>()));
        Assert.NotEmpty(metric.Items());
        Assert.All(unit.Items(), s => Assert.Equal("场", s["unit"]!.GetValue<string>()));
        Assert.Equal(3, unit["total"]!.GetValue<long>());
        Assert.All(over.Items(), s => Assert.Equal("over", s["qualifier"]!.GetValue<string>()));
        Assert.All(range.Items(), s => Assert.InRange(s["value"]!.GetValue<decimal>(), 1000m, 10000m));
        Assert.Contains(range.Items(), s => s["value"]!.GetValue<decimal>() == 5400m);
    }

    [Fact]
    public async Task SortingByValueOrdersTheFiguresAndPagesByCursor()
    {
        var all = (await _client.GetJsonAsync("/api/v1/statistics?sort=-value&pageSize=100")).Items().Select(s => s["value"]!.GetValue<decimal>()).ToList();

        var byCursor = new List<decimal>();
        string? cursor = null;
        do
        {
            var envelope = await _client.GetJsonAsync("/api/v1/statistics?sort=-value&pageSize=5" + (cursor is null ? "" : $"&cursor={cursor}"));
            byCursor.AddRange(envelope.Items().Select(s => s["value"]!.GetValue<decimal>()));
            cursor = envelope["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(all.OrderDescending(), all);
        Assert.Equal(all, byCursor);
    }

    [Theory]
    [InlineData("position")]
    [InlineData("value")]
    [InlineData("-value")]
    [InlineData("publishedOn")]
    [InlineData("-publishedOn")]
    [InlineData("position&category=volunteers")]
    public async Task PagesByNumberTogetherAreTheWholeListInItsOrder(string sortAndFilter)
    {
        // A page is chosen as ids and its rows read after (StatisticListSql): the rows must come back in the page's order.
        var whole = (await _client.GetJsonAsync($"/api/v1/statistics?sort={sortAndFilter}&pageSize=100")).Items().Select(Pages.Id).ToList();

        var byNumber = new List<long>();
        for (var page = 1; page <= (whole.Count + 1) / 2; page++)
        {
            byNumber.AddRange((await _client.GetJsonAsync($"/api/v1/statistics?sort={sortAndFilter}&pageSize=2&page={page}")).Items().Select(Pages.Id));
        }

        Assert.True(whole.Count > 2, $"{whole.Count} statistics: too few for more than one page");
        Assert.Equal(whole, byNumber.Take(whole.Count));
    }

    [Fact]
    public async Task CsvHasABomAHeaderAndTheSameRows()
    {
        var json = await _client.GetJsonAsync("/api/v1/statistics?category=volunteers");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/statistics?category=volunteers");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _client.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).TrimEnd().Split("\r\n");
        Assert.StartsWith("id,metric,category,value,valueMax,unit,qualifier,text,sentence,start,end,publishedOn", lines[0]);
        Assert.Equal(json.Items().Count(), lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",94220,,人,exact,94220人,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CategoriesAreCountedWithZerosIncluded()
    {
        var response = await _client.GetStringAsync("/api/v1/statistics/categories");
        var counts = System.Text.Json.Nodes.JsonNode.Parse(response)!.AsArray()
            .ToDictionary(c => c!["category"]!.GetValue<string>(), c => c!["count"]!.GetValue<long>());

        Assert.Equal(10, counts.Count);
        Assert.Equal(3, counts["volunteers"]);
        Assert.Equal(0, counts["economy"]);
        Assert.Equal((await _client.GetJsonAsync("/api/v1/statistics"))["total"]!.GetValue<long>(), counts.Values.Sum());
    }

    [Fact]
    public async Task MetricsAggregateEachSeries()
    {
        var envelope = await _client.GetJsonAsync("/api/v1/statistics/metrics?unit=%E5%9C%BA&pageSize=100");

        var total = envelope.Items().Sum(m => m["sum"]!.GetValue<decimal>());
        Assert.Equal(5400m + 1650m + 292m, total);
        Assert.All(envelope.Items(), m =>
        {
            Assert.Equal("场", m["unit"]!.GetValue<string>());
            Assert.True(m["min"]!.GetValue<decimal>() <= m["max"]!.GetValue<decimal>());
            Assert.Equal("2024-01-05", m["lastPublishedOn"]!.GetValue<string>());
        });
    }

    [Theory]
    [InlineData("minValue=10&maxValue=1", "maxValue")]
    [InlineData("category=weather", "category")]
    [InlineData("qualifier=roughly", "qualifier")]
    [InlineData("sort=size", "sort")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("minValue=lots", "minValue")]
    [InlineData("category=a&category=b&category=c&category=d&category=e&category=f&category=g&category=h&category=i&category=j&category=k", "category")]
    public async Task AnInvalidFilterIsAValidationProblemNamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/v1/statistics?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync())["errors"]!.AsObject().ContainsKey(parameter));
    }
}
