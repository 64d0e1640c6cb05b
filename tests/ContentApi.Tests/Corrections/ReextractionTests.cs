using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Data.Corrections;
using ContentApi.Tests.Infrastructure;
using ContentApi.Text;
using ContentApi.Text.MetricKeys;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.Corrections;

/// <summary>
/// Re-extraction of stored pages with the current extractor, over pages whose stored rows are made to look like an
/// older extractor's: what it missed, what it found that the current one does not, values it got otherwise.
/// </summary>
public sealed class ReextractionTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EditorsCorrectionsSurviveReextractionAndADryRunChangesNothing()
    {
        long document;
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            // The sample page, which the service loaded first.
            document = await connection.ExecuteScalarAsync<long>("SELECT min(id) FROM documents");
        }

        var statistics = await _client.StatisticsOfAsync(document);
        var (patched, rejected, readded, missed, misread) = (statistics[0], statistics[1], statistics[2], statistics[3], statistics[4]);
        Assert.Equal(HttpStatusCode.OK, (await _client.PatchStatisticAsync(patched.Id(), (await _client.GetStatisticAsync(patched.Id())).ETag, """{"metric": "编辑改的指标"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PatchStatisticAsync(rejected.Id(), (await _client.GetStatisticAsync(rejected.Id())).ETag, """{"status": "rejected"}""")).StatusCode);
        long found;
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("DELETE FROM statistics WHERE id = ANY(@ids)", new { ids = new[] { readded.Id(), missed.Id() } });
            await connection.ExecuteAsync("UPDATE statistics SET metric = '旧的指标' WHERE id = @id", new { id = misread.Id() });
            found = await InsertStatisticAsync(connection, document, "2024年任务", 4);
            await connection.ExecuteAsync("UPDATE documents SET extractor_version = '0.9-test' WHERE id = @document", new { document });
        }

        var added = await _client.AddStatisticAsync(readded["provenance"]!["articleId"]!.GetValue<long>(),
            new { start = readded["start"]!.GetValue<int>(), end = readded["end"]!.GetValue<int>(), metric = "编辑加的指标", category = "other" });
        var addedId = JsonNode.Parse(await added.Content.ReadAsStringAsync())!.AsObject().Id();
        var before = await SnapshotAsync(document);

        var dryRun = await ReextractAsync(document, dryRun: true);

        Assert.False(dryRun["written"]!.GetValue<bool>());
        Assert.Equal(before, await SnapshotAsync(document));
        AssertReport(dryRun, missed, misread, found);

        var run = await ReextractAsync(document, dryRun: false);

        Assert.True(run["written"]!.GetValue<bool>());
        AssertReport(run, missed, misread, found);
        var after = (await _client.StatisticsOfAsync(document)).ToDictionary(s => s.Id());
        Assert.Equal("编辑改的指标", after[patched.Id()]["metric"]!.GetValue<string>());
        // Its key follows the editor's wording, not the extractor's: the figure stays in the series the editor chose.
        Assert.Equal(MetricKey.Of("编辑改的指标"), after[patched.Id()]["metricKey"]!.GetValue<string>());
        Assert.Equal("rejected", after[rejected.Id()]["status"]!.GetValue<string>());
        Assert.Equal("编辑加的指标", after[addedId]["metric"]!.GetValue<string>());
        Assert.Equal("editor", after[addedId]["origin"]!.GetValue<string>());
        Assert.Equal(misread["metric"]!.GetValue<string>(), after[misread.Id()]["metric"]!.GetValue<string>());
        Assert.Single(after.Values, s => s["start"]!.GetValue<int>() == missed["start"]!.GetValue<int>() && s.Id() != missed.Id());
        Assert.DoesNotContain(found, after.Keys);
        Assert.Equal(statistics.Count, after.Count);
        Assert.Equal(PageExtractor.Version, (await _client.GetJsonAsync($"/api/v1/documents/{document}"))["extractorVersion"]!.GetValue<string>());
        await AssertSeriesAreExactAsync();

        var again = await ReextractAsync(document, dryRun: false);

        Assert.Empty(again["added"]!.AsArray());
        Assert.Empty(again["removed"]!.AsArray());
        Assert.Empty(again["changed"]!.AsArray());
        Assert.False(again["structure"]!["rederived"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ReextractionRederivesArticlesWithStableIdsAndKeepsAnOrphanedCorrection()
    {
        var text = Pages.Sample.Replace("94220", "94221", StringComparison.Ordinal);
        var document = (await _client.IngestAsync(text)).Id();
        var detail = await _client.GetJsonAsync($"/api/v1/documents/{document}");
        var articles = detail["articles"]!.AsArray().Select(a => a!["id"]!.GetValue<long>()).ToList();
        var title = detail["articles"]![0]!["title"]!.GetValue<string>();
        var statisticIds = (await _client.StatisticsOfAsync(document)).Select(s => s.Id()).ToList();
        var titleStart = text.IndexOf(title, StringComparison.Ordinal);
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            // As an older parser might have had it: another title, and the title line taken for a paragraph of its own.
            await connection.ExecuteAsync("UPDATE articles SET title = '旧的标题' WHERE id = @id", new { id = articles[0] });
            var section = await connection.ExecuteScalarAsync<long>("INSERT INTO sections (article_id, position, heading) VALUES (@id, 50, '旧的小标题') RETURNING id", new { id = articles[0] });
            await connection.ExecuteAsync("INSERT INTO paragraphs (section_id, position, text, start_offset, end_offset) VALUES (@section, 0, @title, @start, @end)",
                new { section, title, start = titleStart, end = titleStart + title.Length });
        }

        var numberInTitle = titleStart + title.IndexOf("十二", StringComparison.Ordinal);
        var orphan = await _client.AddStatisticAsync(articles[0], new { start = numberInTitle, end = numberInTitle + 2, metric = "全会届次", category = "other" });
        Assert.Equal(HttpStatusCode.Created, orphan.StatusCode);
        var orphanId = JsonNode.Parse(await orphan.Content.ReadAsStringAsync())!.AsObject().Id();
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE documents SET extractor_version = '0.9-test' WHERE id = @document", new { document });
        }

        var report = await ReextractAsync(document, dryRun: false);

        Assert.True(report["structure"]!["rederived"]!.GetValue<bool>());
        Assert.Equal(articles.Count, report["structure"]!["articlesKept"]!.GetValue<int>());
        Assert.Equal(0, report["structure"]!["articlesAdded"]!.GetValue<int>());
        Assert.Equal(orphanId, Assert.Single(report["orphaned"]!.AsArray())!["id"]!.GetValue<long>());
        var after = await _client.GetJsonAsync($"/api/v1/documents/{document}");
        Assert.Equal(articles, after["articles"]!.AsArray().Select(a => a!["id"]!.GetValue<long>()));
        Assert.Equal(title, (await _client.GetJsonAsync($"/api/v1/articles/{articles[0]}"))["title"]!.GetValue<string>());
        Assert.Equal(statisticIds.Append(orphanId).Order(), (await _client.StatisticsOfAsync(document)).Select(s => s.Id()).Order());
        var (kept, _) = await _client.GetStatisticAsync(orphanId);
        Assert.Equal("全会届次", kept["metric"]!.GetValue<string>());
        Assert.Equal("旧的小标题", kept["provenance"]!["sectionHeading"]!.GetValue<string>());
        var sections = JsonNode.Parse(await _client.GetStringAsync($"/api/v1/articles/{articles[0]}/sections"))!.AsArray();
        Assert.Equal(Enumerable.Range(0, sections.Count), sections.Select(s => s!["position"]!.GetValue<int>()));
        Assert.Equal("旧的小标题", sections[^1]!["heading"]!.GetValue<string>());
        await AssertSeriesAreExactAsync();
    }

    [Fact]
    public async Task ReextractingTheArchiveSkipsDocumentsAlreadyAtTheCurrentVersion()
    {
        var document = (await _client.IngestAsync(Pages.Numbered(4242))).Id();
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var reextractor = new DocumentReextractor(dataSource);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE documents SET extractor_version = '0.9-test' WHERE id = @document", new { document });
        }

        var outdated = await reextractor.OutdatedAsync(CancellationToken.None);
        var first = await reextractor.ReextractAsync(document, dryRun: false, onlyIfOutdated: true, CancellationToken.None);
        var second = await reextractor.ReextractAsync(document, dryRun: false, onlyIfOutdated: true, CancellationToken.None);

        Assert.Contains(document, outdated);
        Assert.False(first!.Value.Report.Skipped);
        Assert.True(first.Value.Report.Written);
        Assert.Equal("0.9-test", first.Value.Report.PreviousVersion);
        Assert.True(second!.Value.Report.Skipped);
        Assert.DoesNotContain(document, await reextractor.OutdatedAsync(CancellationToken.None));
        Assert.Null(await reextractor.ReextractAsync(999_999_999, dryRun: true, onlyIfOutdated: false, CancellationToken.None));
    }

    private static void AssertReport(JsonObject report, JsonObject missed, JsonObject misread, long found)
    {
        Assert.Equal(missed["start"]!.GetValue<int>(), Assert.Single(report["added"]!.AsArray())!["start"]!.GetValue<int>());
        Assert.Equal(found, Assert.Single(report["removed"]!.AsArray())!["id"]!.GetValue<long>());
        var changed = Assert.Single(report["changed"]!.AsArray())!;
        Assert.Equal(misread.Id(), changed["id"]!.GetValue<long>());
        Assert.Equal(["metric"], changed["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Empty(report["orphaned"]!.AsArray());
        Assert.Equal("0.9-test", report["previousVersion"]!.GetValue<string>());
    }

    private async Task<JsonObject> ReextractAsync(long document, bool dryRun)
    {
        var response = await _client.PostAsync($"/api/v1/documents/{document}/reextract?dryRun={dryRun.ToString().ToLowerInvariant()}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(!dryRun, response.Headers.Contains("X-Data-Version"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    // A statistic as an older extractor might have found it: at a number the current one does not take for one.
    private static async Task<long> InsertStatisticAsync(NpgsqlConnection connection, long document, string surface, int length)
    {
        return await connection.ExecuteScalarAsync<long>("""
            WITH at AS (SELECT strpos(raw_text, @surface) - 1 AS start FROM documents WHERE id = @document),
                 paragraph AS (
                    SELECT p.id, p.section_id, s.article_id FROM paragraphs p JOIN sections s ON s.id = p.section_id JOIN articles a ON a.id = s.article_id, at
                    WHERE a.document_id = @document AND p.start_offset <= at.start AND p.end_offset >= at.start + @length)
            INSERT INTO statistics (document_id, article_id, section_id, paragraph_id, position, metric, category, value, unit, qualifier,
                                    source_text, sentence, start_offset, end_offset, extractor_version)
            SELECT @document, paragraph.article_id, paragraph.section_id, paragraph.id, 900, '任务年份', 'other', 2024, '', 'exact',
                   substr(@surface, 1, @length), '部署2024年任务。', at.start, at.start + @length, '0.9-test'
            FROM paragraph, at
            RETURNING id
            """, new { document, surface, length });
    }

    // Every row count a re-extraction could change, and the content version.
    private async Task<string> SnapshotAsync(long document)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<string>("""
            SELECT concat_ws(',', (SELECT version FROM content_version), (SELECT count(*) FROM statistics), (SELECT count(*) FROM articles),
                             (SELECT count(*) FROM sections), (SELECT count(*) FROM paragraphs), (SELECT count(*) FROM statistic_revisions),
                             (SELECT string_agg(row_version::text || metric, ',' ORDER BY id) FROM statistics WHERE document_id = @document),
                             (SELECT extractor_version FROM documents WHERE id = @document))
            """, new { document }) ?? "";
    }

    private async Task AssertSeriesAreExactAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        var differences = await connection.ExecuteScalarAsync<long>("""
            WITH stored AS (
                SELECT metric_key, metric, unit, category, count, sum, min, max, first_published_on, last_published_on FROM metric_series
            ), aggregated AS (
                SELECT coalesce(metric_key, metric), metric, unit, category, count(*), sum(value), min(value), max(value), min(published_on), max(published_on)
                FROM statistics WHERE status = 'accepted' GROUP BY coalesce(metric_key, metric), metric, unit, category
            )
            SELECT count(*) FROM ((TABLE stored EXCEPT ALL TABLE aggregated) UNION ALL (TABLE aggregated EXCEPT ALL TABLE stored)) AS d
            """);
        Assert.Equal(0, differences);
    }
}
