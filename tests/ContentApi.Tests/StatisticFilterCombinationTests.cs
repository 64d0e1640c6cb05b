using System.Globalization;
using System.Text.Json.Nodes;
using ContentApi.Tests.Corrections;
using ContentApi.Tests.Infrastructure;
using Filter = ContentApi.Tests.Infrastructure.QueryFilter<System.Text.Json.Nodes.JsonObject>;

namespace ContentApi.Tests;

/// <summary>
/// The statistics list builds its WHERE clause from the filters a request gives. Every filter alone and every pair
/// of them must select exactly the rows that the filter's meaning selects from the whole list, in order, by page
/// number and by cursor, with the right total.
/// </summary>
public sealed class StatisticFilterCombinationTests(StatisticFilterCombinationTests.Fixture factory) : IClassFixture<StatisticFilterCombinationTests.Fixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The service with a read budget for the thousand or so requests of these tests (the default is 600 a minute).</summary>
    public sealed class Fixture : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimiting:Reads:PermitLimit", "100000")];
    }

    [Fact]
    public async Task EveryFilterAndEveryPairSelectTheRowsItsMeaningSelects()
    {
        var (all, filters) = await ArchiveAndFiltersAsync();

        foreach (var combination in Filter.AloneAndInPairs(filters))
        {
            await AssertSelectsAsync(all, combination);
        }
    }

    [Fact]
    public async Task EveryFilterPagesByCursorUnderEachSort()
    {
        var (all, filters) = await ArchiveAndFiltersAsync();
        foreach (var sort in new[] { "position", "value", "-value", "publishedOn", "-publishedOn" })
        {
            foreach (var filter in filters)
            {
                var expected = Sorted(all.Where(s => Selected(s, [filter])), sort).Select(s => s.Id()).ToList();
                var paged = new List<long>();
                string? cursor = null;
                do
                {
                    var envelope = await _client.GetJsonAsync($"/api/v1/statistics?{filter.Query}&sort={sort}&pageSize=7" + (cursor is null ? "" : $"&cursor={cursor}"));
                    paged.AddRange(envelope.Items().Select(s => s.Id()));
                    cursor = envelope["nextCursor"]?.GetValue<string>();
                }
                while (cursor is not null);

                Assert.True(expected.SequenceEqual(paged), $"{filter.Query} sorted by {sort}: expected [{string.Join(",", expected)}], got [{string.Join(",", paged)}]");
            }
        }
    }

    private async Task AssertSelectsAsync(List<JsonObject> all, Filter[] filters)
    {
        var query = string.Join("&", filters.Select(f => f.Query));
        var expected = all.Where(s => Selected(s, filters)).Select(s => s.Id()).ToList();

        var envelope = await _client.GetJsonAsync($"/api/v1/statistics?{query}&pageSize=100");

        Assert.True(expected.SequenceEqual(envelope.Items().Select(s => s.Id())), $"{query}: expected [{string.Join(",", expected)}], got [{string.Join(",", envelope.Items().Select(s => s.Id()))}]");
        Assert.Equal(expected.Count, envelope["total"]!.GetValue<long>());
        if (expected.Count > 3)
        {
            // By page number: the second page of three starts after the first three rows.
            var second = await _client.GetJsonAsync($"/api/v1/statistics?{query}&pageSize=3&page=2");
            Assert.Equal(expected.Skip(3).Take(3), second.Items().Select(s => s.Id()));
        }
    }

    /// <summary>
    /// The sample page and a dated page with a place, one statistic rejected; and a filter per parameter whose value
    /// comes from these rows, each selecting some of them and not all.
    /// </summary>
    private async Task<(List<JsonObject> All, List<Filter> Filters)> ArchiveAndFiltersAsync()
    {
        // The tests of this class share one database: the first one adds the page and the rejection.
        if ((await _client.GetJsonAsync("/api/v1/statistics?status=rejected"))["total"]!.GetValue<long>() == 0)
        {
            var response = await _client.PostAsync("/api/v1/documents?source=%E5%A4%A9%E6%B4%A5%E6%97%A5%E6%8A%A5&publishedOn=2023-08-15&place=%E7%BA%A2%E6%A1%A5%E5%8C%BA",
                new StringContent(Pages.Numbered(7), System.Text.Encoding.UTF8, "text/plain"));
            response.EnsureSuccessStatusCode();
            var first = (await _client.GetJsonAsync("/api/v1/statistics?pageSize=1")).Items().Single().Id();
            var (_, etag) = await _client.GetStatisticAsync(first);
            (await _client.PatchStatisticAsync(first, etag, """{"status": "rejected"}""")).EnsureSuccessStatusCode();
        }

        var all = (await _client.GetJsonAsync("/api/v1/statistics?status=all&pageSize=100")).Items().ToList();
        Assert.True(all.Count is > 20 and < 100, $"{all.Count} statistics: the test needs one page of them");

        var accepted = (JsonObject s) => Text(s, "status") == "accepted";
        // Values taken from the accepted rows themselves, so that each filter selects some of them and not all.
        var kept = all.Where(accepted).ToList();
        var categories = kept.GroupBy(s => Text(s, "category")).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var unit = kept.GroupBy(s => Text(s, "unit")).OrderByDescending(g => g.Count()).First().Key;
        var qualifier = kept.Select(s => Text(s, "qualifier")).FirstOrDefault(q => q != "exact") ?? "exact";
        var metric = Text(kept[kept.Count / 2], "metric")[..2];
        var median = kept.Select(Value).Order().ElementAt(kept.Count / 2);
        var dates = kept.Select(s => Date(s["publishedOn"])).OfType<DateOnly>().Distinct().Order().ToList();
        var code = kept.Where(s => s["place"] is JsonObject).Select(s => Text(s["place"]!.AsObject(), "code")).First(c => c.Length >= 6);
        var province = code[..2];
        var year = kept.First(s => s["period"] is JsonObject)["period"]!["year"]!.GetValue<int>();
        var metricKey = Text(kept.First(s => s["metricKey"] is not null && s["metricKey"]!.GetValue<string>().Length > 0), "metricKey");
        var article = kept.First()["provenance"]!["articleId"]!.GetValue<long>();
        var document = kept.Last()["provenance"]!["documentId"]!.GetValue<long>();
        var filters = new List<Filter>
        {
            new($"category={categories[0]}", s => Text(s, "category") == categories[0]),
            new($"category={categories[0]}&category={categories[1]}", s => (Text(s, "category") == categories[0] || Text(s, "category") == categories[1])),
            new($"metric={Uri.EscapeDataString(metric)}", s => Text(s, "metric").Contains(metric, StringComparison.Ordinal)),
            new($"unit={Uri.EscapeDataString(unit)}", s => Text(s, "unit") == unit),
            new($"qualifier={qualifier}", s => Text(s, "qualifier") == qualifier),
            new(string.Create(CultureInfo.InvariantCulture, $"minValue={median}"), s => Value(s) >= median),
            new(string.Create(CultureInfo.InvariantCulture, $"maxValue={median}"), s => Value(s) <= median),
            new($"articleId={article}", s => s["provenance"]!["articleId"]!.GetValue<long>() == article),
            new($"documentId={document}", s => s["provenance"]!["documentId"]!.GetValue<long>() == document),
            new($"publishedFrom={dates[^1]:yyyy-MM-dd}", s => Date(s["publishedOn"]) >= dates[^1]),
            // Range ends that a pair can combine: from is never after to, or the pair would be a 400.
            new($"publishedTo={dates[^1]:yyyy-MM-dd}", s => Date(s["publishedOn"]) <= dates[^1]),
            // A province, a prefecture and a county are an equality on the code's prefix; a prefix of no level is a range.
            PlaceFilter(province),
            PlaceFilter(code[..3]),
            PlaceFilter(code[..4]),
            PlaceFilter(code[..6]),
            new($"year={year}", s => s["period"] is JsonObject p && p["year"]!.GetValue<int>() == year),
            new($"periodFrom={year}-07-01", s => PeriodEnd(s) >= new DateOnly(year, 7, 1)),
            new($"periodTo={year}-12-31", s => PeriodStart(s) <= new DateOnly(year, 12, 31)),
            new($"metricKey={Uri.EscapeDataString(metricKey)}", s => s["metricKey"]?.GetValue<string>() == metricKey),
            new("status=rejected", s => Text(s, "status") == "rejected"),
            new("status=all", _ => true),
        };
        foreach (var filter in filters.Where(f => f.Query != "status=all"))
        {
            var selected = all.Count(s => Selected(s, [filter]));
            Assert.True(selected > 0 && selected < all.Count, $"{filter.Query} selects {selected} of {all.Count}: the test's data should give it some rows and not all");
        }

        return (all, filters);

        Filter PlaceFilter(string prefix) => new($"place={prefix}", s => s["place"] is JsonObject p && Text(p, "code").StartsWith(prefix, StringComparison.Ordinal));
    }

    // Without a status filter a list holds the accepted statistics only.
    private static bool Selected(JsonObject statistic, Filter[] filters) =>
        filters.All(f => f.Selects(statistic)) && (filters.Any(f => f.Names.Contains("status")) || Text(statistic, "status") == "accepted");

    private static IEnumerable<JsonObject> Sorted(IEnumerable<JsonObject> rows, string sort) => sort switch
    {
        "value" => rows.OrderBy(Value).ThenBy(s => s.Id()),
        "-value" => rows.OrderByDescending(Value).ThenByDescending(s => s.Id()),
        "publishedOn" => rows.OrderBy(s => Date(s["publishedOn"]) ?? DateOnly.MinValue).ThenBy(s => s.Id()),
        "-publishedOn" => rows.OrderByDescending(s => Date(s["publishedOn"]) ?? DateOnly.MinValue).ThenByDescending(s => s.Id()),
        _ => rows.OrderBy(s => s.Id()),
    };

    private static string Text(JsonObject s, string name) => s[name]!.GetValue<string>();

    private static decimal Value(JsonObject s) => s["value"]!.GetValue<decimal>();

    private static DateOnly? Date(JsonNode? node) => node is null ? null : DateOnly.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    // A period known only by its year spans that year; without a year there is no period to compare.
    private static DateOnly? PeriodEnd(JsonObject s) =>
        s["period"] is JsonObject p ? Date(p["to"]) ?? new DateOnly(p["year"]!.GetValue<int>(), 12, 31) : null;

    private static DateOnly? PeriodStart(JsonObject s) =>
        s["period"] is JsonObject p ? Date(p["from"]) ?? new DateOnly(p["year"]!.GetValue<int>(), 1, 1) : null;
}
