using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Telemetry;

/// <summary>
/// Meters are seen process-wide: a scrape also counts what the hosts of other test classes measure. So this class
/// runs alone, after the classes that run in parallel.
/// </summary>
[CollectionDefinition(nameof(MetricsRunAlone), DisableParallelization = true)]
public sealed class MetricsRunAlone;

/// <summary><c>GET /metrics</c> after real traffic: ASP.NET Core's, Npgsql's and the product's own measurements.</summary>
[Collection(nameof(MetricsRunAlone))]
public sealed partial class MetricsEndpointTests(MetricsEndpointTests.Factory factory) : IClassFixture<MetricsEndpointTests.Factory>
{
    /// <summary>Three writes a minute, so the fourth is refused and counted.</summary>
    public sealed class Factory : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimiting:Writes:PermitLimit", "3")];
    }

    [Fact]
    public async Task AfterTrafficTheScrapeHasRequestDurationsDatabaseMetricsAndEveryProductMeter()
    {
        var client = factory.CreateClient();
        // Readers without a key: the output cache never serves a request that carries credentials.
        var reader = factory.CreateAnonymousClient();
        var evictionsBefore = Value(await ScrapeAsync(client), "contentapi_cache_evictions_total", "cause=\"notify\"");

        var (_, dataVersion) = await client.IngestWithDataVersionAsync(Pages.Numbered(7101));
        var invalid = await client.PostAsJsonAsync("/api/v1/documents", new { text = "", source = "测试日报" });
        await Eventually.HoldsAsync(async () => Value(await ScrapeAsync(client), "contentapi_cache_evictions_total", "cause=\"notify\"") > evictionsBefore, TimeSpan.FromSeconds(10));
        await reader.GetAsync("/api/v1/statistics?pageSize=5");
        var hit = await reader.GetAsync("/api/v1/statistics?pageSize=5");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/statistics?pageSize=5");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", hit.Headers.ETag!.ToString());
        var notModified = await reader.SendAsync(conditional);
        await client.GetJsonAsync("/api/v1/articles?pageSize=5", dataVersion);
        var article = (await reader.GetJsonAsync("/api/v1/articles?pageSize=1")).Items().Single().Id();
        await Eventually.HoldsAsync(async () => Value(await ScrapeAsync(client), "contentapi_article_bodies_rendered_total") >= 1, TimeSpan.FromSeconds(10));
        await reader.GetAsync($"/api/v1/articles/{article}");
        var fourthWrites = new[] { await client.DeleteAsync("/api/v1/documents/987654321"), await client.DeleteAsync("/api/v1/documents/987654322") };
        var scrape = await client.GetAsync("/metrics");
        var text = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], fourthWrites.Select(r => r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.False(scrape.Headers.Contains("RateLimit-Limit"), "/metrics must be off the request budgets");
        Assert.Equal(2, Value(text, "http_server_request_duration_seconds_count", "http_route=\"/api/v1/statistics/\"", "http_response_status_code=\"200\""));
        Assert.Equal(1, Value(text, "http_server_request_duration_seconds_bucket", "http_route=\"/api/v1/statistics/\"", "http_response_status_code=\"304\"", "le=\"+Inf\""));
        Assert.InRange(Value(text, "http_server_request_duration_seconds_sum", "http_route=\"/api/v1/documents/\"", "http_response_status_code=\"201\""), 1e-6, 30);
        Assert.True(Sum(text, "db_client_operation_duration_seconds_count") > 0, "Npgsql's command durations");
        // ASP.NET Core's per-request instruments that cost more than they tell (DroppedInstruments) are left out.
        Assert.DoesNotContain("aspnetcore_routing_match_attempts", text);
        Assert.DoesNotContain("aspnetcore_rate_limiting_requests", text);
        Assert.DoesNotContain("aspnetcore_memory_pool_", text);
        Assert.True(Value(text, "contentapi_pages_ingested_total", "result=\"created\"") >= 2, "the sample page and this one");
        Assert.Equal(1, Value(text, "contentapi_pages_failed_total", "reason=\"invalid\""));
        Assert.True(Value(text, "contentapi_extraction_duration_seconds_count") >= 2);
        Assert.InRange(Value(text, "contentapi_extraction_duration_seconds_sum"), 1e-6, 10);
        Assert.True(Value(text, "contentapi_statistics_extracted_total", "category=\"volunteers\"") >= 1);
        Assert.True(Value(text, "contentapi_output_cache_requests_total", "result=\"miss\"") >= 1);
        Assert.True(Value(text, "contentapi_output_cache_requests_total", "result=\"hit\"") >= 1);
        Assert.True(Value(text, "contentapi_etag_not_modified_total") >= 1);
        Assert.Equal(1, Value(text, "contentapi_rate_limit_rejections_total", "budget=\"writes\""));
        Assert.Equal(0, Value(text, "contentapi_rate_limit_rejections_total", "budget=\"reads\""));
        // One server: a read that asks for its own write never waits for a standby.
        Assert.Equal(0, Value(text, "contentapi_read_your_writes_waits_total"));
        Assert.Equal(0, Value(text, "contentapi_read_your_writes_primary_fallbacks_total"));
        Assert.True(Value(text, "contentapi_cache_evictions_total", "cause=\"notify\"") > evictionsBefore);
        Assert.True(Value(text, "contentapi_cache_evictions_total", "cause=\"local_write\"") >= 1);
        Assert.True(Value(text, "contentapi_article_bodies_rendered_total") >= 1);
        Assert.Equal(1, Value(text, "contentapi_article_bodies_reads_total", "body=\"stored\"") + Value(text, "contentapi_article_bodies_reads_total", "body=\"composed\""));
        Assert.InRange(Value(text, "contentapi_article_bodies_due"), 0, 10);
        // The two 200s of the list of five (the cache admits an answer the second time it is asked for); the 304 came from the cache.
        Assert.Equal(10, Value(text, "contentapi_statistic_bodies_reads_total", "body=\"stored\"") + Value(text, "contentapi_statistic_bodies_reads_total", "body=\"composed\""));
    }

    [Fact]
    public async Task TheMetricsEndpointIsNotPartOfTheApiDocument()
    {
        var document = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json");

        Assert.DoesNotContain("\"/metrics\"", document);
    }

    private static async Task<string> ScrapeAsync(HttpClient client) => await client.GetStringAsync("/metrics");

    /// <summary>The value of the one sample of <paramref name="name"/> whose labels contain all of <paramref name="labels"/>.</summary>
    private static double Value(string scrape, string name, params string[] labels)
    {
        var matches = Samples(scrape, name).Where(s => labels.All(s.Labels.Contains)).ToList();
        Assert.True(matches.Count == 1, $"{name} {{{string.Join(",", labels)}}}: {matches.Count} samples in\n{scrape}");
        return matches[0].Value;
    }

    private static double Sum(string scrape, string name) => Samples(scrape, name).Sum(s => s.Value);

    private static IEnumerable<(string Labels, double Value)> Samples(string scrape, string name) =>
        scrape.Split('\n').Select(line => Sample().Match(line)).Where(m => m.Success && m.Groups["name"].Value == name)
            .Select(m => (m.Groups["labels"].Value, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)));

    // name{labels} value [timestamp], the Prometheus text format.
    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)")]
    private static partial Regex Sample();
}
