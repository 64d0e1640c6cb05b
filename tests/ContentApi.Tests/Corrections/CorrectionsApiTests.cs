using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests.Corrections;

/// <summary>Editors correcting statistics over HTTP: ETags and If-Match, merge patches, revisions, rejections, added figures.</summary>
public sealed class CorrectionsApiTests(CorrectionsFactory factory) : IClassFixture<CorrectionsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AStatisticComesWithItsOwnETagOriginReviewedAndStatus()
    {
        var statistic = (await FreshStatisticsAsync())[0];

        var response = await _client.GetAsync($"/api/v1/statistics/{statistic.Id()}");
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/statistics/{statistic.Id()}");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var notModified = await _client.SendAsync(again);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal($"\"{statistic.Id()}-1\"", response.Headers.ETag!.ToString());
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.Equal("extractor", body["origin"]!.GetValue<string>());
        Assert.False(body["reviewed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/statistics/999999999")).StatusCode);
    }

    [Fact]
    public async Task APatchCorrectsTheFieldsKeepsARevisionWithItsAuthorAndMovesTheETag()
    {
        var statistic = (await FreshStatisticsAsync())[0];
        var (_, etag) = await _client.GetStatisticAsync(statistic.Id());
        var listBefore = await _client.GetJsonAsync($"/api/v1/statistics?documentId={DocumentOf(statistic)}");

        var first = await _client.PatchStatisticAsync(statistic.Id(), etag, """{"metric": "志愿服务活动场次", "category": "activities", "reason": "the metric was cut short"}""");
        var second = await _client.PatchStatisticAsync(statistic.Id(), first.Headers.ETag!.ToString(), """{"value": 25, "qualifier": "approx"}""");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal($"\"{statistic.Id()}-3\"", second.Headers.ETag!.ToString());
        var (patched, _) = await _client.GetStatisticAsync(statistic.Id());
        Assert.Equal("志愿服务活动场次", patched["metric"]!.GetValue<string>());
        // The key follows the new wording, so the corrected figure joins the series of what it now counts.
        Assert.NotEqual(statistic["metricKey"]!.GetValue<string>(), patched["metricKey"]!.GetValue<string>());
        Assert.Equal("志愿服务活动场次", patched["metricKey"]!.GetValue<string>());
        Assert.Equal(25m, patched["value"]!.GetValue<decimal>());
        Assert.Equal("approx", patched["qualifier"]!.GetValue<string>());
        Assert.True(patched["reviewed"]!.GetValue<bool>());
        // The cached list followed the change.
        var listAfter = await _client.GetJsonAsync($"/api/v1/statistics?documentId={DocumentOf(statistic)}");
        Assert.NotEqual(listBefore.Items().Single(s => s.Id() == statistic.Id()).ToJsonString(), listAfter.Items().Single(s => s.Id() == statistic.Id()).ToJsonString());
        Assert.Equal(25m, listAfter.Items().Single(s => s.Id() == statistic.Id())["value"]!.GetValue<decimal>());
        var revisions = await _client.RevisionsAsync(statistic.Id());
        Assert.Equal(2, revisions.Count);
        Assert.All(revisions, r => Assert.Equal("tests", r!["author"]!.GetValue<string>()));
        Assert.Equal(["metric", "category"], revisions[0]!["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(statistic["metric"]!.GetValue<string>(), revisions[0]!["before"]!["metric"]!.GetValue<string>());
        Assert.Equal("志愿服务活动场次", revisions[0]!["after"]!["metric"]!.GetValue<string>());
        Assert.Equal("the metric was cut short", revisions[0]!["reason"]!.GetValue<string>());
        Assert.Equal(25m, revisions[1]!["after"]!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task WithoutIfMatchAPatchIs428AndWithAStaleOneIs412AndNothingChanges()
    {
        var statistic = (await FreshStatisticsAsync())[0];
        var (_, etag) = await _client.GetStatisticAsync(statistic.Id());
        Assert.Equal(HttpStatusCode.OK, (await _client.PatchStatisticAsync(statistic.Id(), etag, """{"unit": "次"}""")).StatusCode);
        var (current, currentETag) = await _client.GetStatisticAsync(statistic.Id());

        var missing = await _client.PatchStatisticAsync(statistic.Id(), null, """{"unit": "场"}""");
        var stale = await _client.PatchStatisticAsync(statistic.Id(), etag, """{"unit": "场"}""");
        var weak = await _client.PatchStatisticAsync(statistic.Id(), "W/" + currentETag, """{"unit": "场"}""");
        var anyVersion = await _client.PatchStatisticAsync(statistic.Id(), "*", """{"unit": "场"}""");

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(428, (await missing.ProblemAsync())["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(currentETag, stale.Headers.ETag!.ToString());
        Assert.Equal(412, (await stale.ProblemAsync())["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.PreconditionFailed, weak.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, anyVersion.StatusCode);
        var (after, afterETag) = await _client.GetStatisticAsync(statistic.Id());
        Assert.Equal(current.ToJsonString(), after.ToJsonString());
        Assert.Equal(currentETag, afterETag);
        Assert.Single(await _client.RevisionsAsync(statistic.Id()));
    }

    [Fact]
    public async Task OfTwoConcurrentPatchesWithTheSameETagOneWinsAndTheOtherIs412()
    {
        var statistics = await FreshStatisticsAsync();

        foreach (var statistic in statistics)
        {
            var (_, etag) = await _client.GetStatisticAsync(statistic.Id());
            var patches = await Task.WhenAll(
                _client.PatchStatisticAsync(statistic.Id(), etag, """{"metric": "甲的指标"}"""),
                _client.PatchStatisticAsync(statistic.Id(), etag, """{"metric": "乙的指标"}"""));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], patches.Select(p => p.StatusCode).Order());
            var winner = patches.Single(p => p.StatusCode == HttpStatusCode.OK);
            var (stored, storedETag) = await _client.GetStatisticAsync(statistic.Id());
            Assert.Equal(JsonNode.Parse(await winner.Content.ReadAsStringAsync())!["metric"]!.GetValue<string>(), stored["metric"]!.GetValue<string>());
            Assert.Equal($"\"{statistic.Id()}-2\"", storedETag);
            Assert.Single(await _client.RevisionsAsync(statistic.Id()));
        }
    }

    [Theory]
    [InlineData("""{"value": "many"}""", "value")]
    [InlineData("""{"metric": 12}""", "metric")]
    [InlineData("""{"colour": "red"}""", "colour")]
    [InlineData("""{"text": "94220人"}""", "text")]
    [InlineData("""{"id": 1}""", "id")]
    [InlineData("""{"value": 1e30}""", "value")]
    [InlineData("""{"value": 1e400}""", "value")]
    [InlineData("""{"metric": "志愿\u0000者"}""", "metric")]
    [InlineData("""{"metric": ""}""", "metric")]
    [InlineData("""{"metric": null}""", "metric")]
    [InlineData("""{"category": "weather"}""", "category")]
    [InlineData("""{"status": "deleted"}""", "status")]
    [InlineData("""{"valueMax": 5}""", "valueMax")]
    [InlineData("""{"reason": "\u0000"}""", "reason")]
    [InlineData("""[{"op": "replace", "path": "/metric", "value": "x"}]""", "body")]
    [InlineData("""{"metric": """, "body")]
    public async Task ABadPatchIs400WithItsFieldNamedAndNothingWritten(string patch, string field)
    {
        var statistic = (await FreshStatisticsAsync())[0];
        var (before, etag) = await _client.GetStatisticAsync(statistic.Id());

        var response = await _client.PatchStatisticAsync(statistic.Id(), etag, patch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync())["errors"]!.AsObject().ContainsKey(field), await response.Content.ReadAsStringAsync());
        var (after, afterETag) = await _client.GetStatisticAsync(statistic.Id());
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        Assert.Equal(etag, afterETag);
        Assert.Empty(await _client.RevisionsAsync(statistic.Id()));
    }

    [Fact]
    public async Task APatchIsAMergePatchAndNeedsTheWriteScope()
    {
        var statistic = (await FreshStatisticsAsync())[0];
        var (_, etag) = await _client.GetStatisticAsync(statistic.Id());

        var plainJson = await _client.PatchStatisticAsync(statistic.Id(), etag, """{"unit": "次"}""", "application/json");
        var anonymous = await factory.CreateAnonymousClient().PatchStatisticAsync(statistic.Id(), etag, """{"unit": "次"}""");
        var readOnlyClient = factory.CreateClient();
        readOnlyClient.DefaultRequestHeaders.Authorization = new("Bearer", await ContentApiFactory.CreateKeyAsync(factory.ConnectionString, "read"));
        var reader = await readOnlyClient.PatchStatisticAsync(statistic.Id(), etag, """{"unit": "次"}""");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainJson.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(etag, (await _client.GetStatisticAsync(statistic.Id())).ETag);
    }

    [Fact]
    public async Task ARejectedStatisticLeavesListsCountsMetricsAndCsvUntilAskedForAndComesBackWhenAccepted()
    {
        var statistic = (await FreshStatisticsAsync())[0];
        var document = DocumentOf(statistic);
        var metric = Uri.EscapeDataString(statistic["metric"]!.GetValue<string>());
        var counts = await CountsAsync(document, metric);
        var (_, etag) = await _client.GetStatisticAsync(statistic.Id());

        var rejected = await _client.PatchStatisticAsync(statistic.Id(), etag, """{"status": "rejected", "reason": "a ranking, not a count"}""");

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(counts.Listed - 1, (await CountsAsync(document, metric)).Listed);
        Assert.Equal(counts with { Listed = counts.Listed - 1, InCategories = counts.InCategories - 1, InMetrics = counts.InMetrics - 1, InDocument = counts.InDocument - 1, InArticle = counts.InArticle - 1, InCsv = counts.InCsv - 1 },
            await CountsAsync(document, metric));
        var onlyRejected = await _client.GetJsonAsync($"/api/v1/statistics?documentId={document}&status=rejected");
        Assert.Equal(statistic.Id(), Assert.Single(onlyRejected.Items()).Id());
        Assert.Equal(counts.Listed, (await _client.GetJsonAsync($"/api/v1/statistics?documentId={document}&status=all"))["total"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/v1/statistics?status=deleted")).StatusCode);

        var accepted = await _client.PatchStatisticAsync(statistic.Id(), rejected.Headers.ETag!.ToString(), """{"status": "accepted"}""");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(counts, await CountsAsync(document, metric));
    }

    [Fact]
    public async Task AMissedFigureIsAddedByItsSpanWhichMustBeANumberInsideTheArticle()
    {
        var statistics = await FreshStatisticsAsync();
        var missed = statistics[1];
        var (start, end) = (missed["start"]!.GetValue<int>(), missed["end"]!.GetValue<int>());
        var article = missed["provenance"]!["articleId"]!.GetValue<long>();
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            // As if the extractor had missed it.
            await connection.ExecuteAsync("DELETE FROM statistics WHERE id = @id", new { id = missed.Id() });
        }

        var outside = await _client.AddStatisticAsync(article, new { start = 100_000, end = 100_004, metric = "参与群众", category = "participants" });
        var inTitle = await _client.AddStatisticAsync(article, new { start = 0, end = 3, metric = "参与群众", category = "participants" });
        var notANumber = await _client.AddStatisticAsync(article, new { start = start - 2, end = start, metric = "参与群众", category = "participants" });
        var noMetric = await _client.AddStatisticAsync(article, new { start, end, category = "participants" });
        var added = await _client.AddStatisticAsync(article, new { start, end, metric = "参与群众", category = "participants", reason = "missed" });
        var again = await _client.AddStatisticAsync(article, new { start, end, metric = "参与群众", category = "participants" });

        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.True((await outside.ProblemAsync())["errors"]!.AsObject().ContainsKey("start"));
        Assert.Equal(HttpStatusCode.BadRequest, inTitle.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Contains("not a number", (await notANumber.ProblemAsync())["errors"]!["start"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, noMetric.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var body = JsonNode.Parse(await added.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("editor", body["origin"]!.GetValue<string>());
        Assert.True(body["reviewed"]!.GetValue<bool>());
        Assert.Equal(missed["value"]!.GetValue<decimal>(), body["value"]!.GetValue<decimal>());
        Assert.Equal(missed["unit"]!.GetValue<string>(), body["unit"]!.GetValue<string>());
        Assert.Equal(missed["text"]!.GetValue<string>(), body["text"]!.GetValue<string>());
        Assert.Equal($"/api/v1/statistics/{body.Id()}", added.Headers.Location!.ToString());
        var revision = Assert.Single(await _client.RevisionsAsync(body.Id()));
        Assert.Equal("added", revision!["kind"]!.GetValue<string>());
        Assert.Equal("tests", revision["author"]!.GetValue<string>());
        Assert.Equal(statistics.Count, (await _client.StatisticsOfAsync(DocumentOf(missed))).Count);
    }

    private sealed record Counts(long Listed, long InCategories, long InMetrics, long InDocument, long InArticle, long InCsv);

    // Every place a statistic of the document (and of its metric) is counted or listed.
    private async Task<Counts> CountsAsync(long document, string metric)
    {
        var listed = (await _client.GetJsonAsync($"/api/v1/statistics?documentId={document}"))["total"]!.GetValue<long>();
        var categories = JsonNode.Parse(await _client.GetStringAsync($"/api/v1/statistics/categories?documentId={document}"))!.AsArray().Sum(c => c!["count"]!.GetValue<long>());
        var metrics = (await _client.GetJsonAsync($"/api/v1/statistics/metrics?metric={metric}&pageSize=100")).Items().Sum(m => m["count"]!.GetValue<long>());
        var documentDetail = await _client.GetJsonAsync($"/api/v1/documents/{document}");
        var articleId = documentDetail["articles"]![0]!["id"]!.GetValue<long>();
        var article = await _client.GetJsonAsync($"/api/v1/articles/{articleId}?include=statistics");
        var csv = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/statistics?documentId={document}&pageSize=100");
        csv.Headers.Accept.ParseAdd("text/csv");
        var csvLines = (await (await _client.SendAsync(csv)).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        return new Counts(listed, categories, metrics, documentDetail["counts"]!["statistics"]!.GetValue<long>(), article["statistics"]!.AsArray().Count, csvLines);
    }

    private static long DocumentOf(JsonObject statistic) => statistic["provenance"]!["documentId"]!.GetValue<long>();

    private static int _pages = 100;

    // A page of its own for each test (and each case of a theory), so that no test sees another's corrections.
    private async Task<List<JsonObject>> FreshStatisticsAsync()
    {
        var document = await _client.IngestAsync(Pages.Numbered(Interlocked.Increment(ref _pages)));
        var statistics = await _client.StatisticsOfAsync(document.Id());
        Assert.Equal(4, statistics.Count);
        return statistics;
    }
}
