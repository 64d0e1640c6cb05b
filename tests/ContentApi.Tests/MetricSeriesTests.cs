using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContentApi.Data.Documents;
using ContentApi.Statistics;
using ContentApi.Tests.Infrastructure;
using ContentApi.Text;
using ContentApi.Text.MetricKeys;
using Dapper;
using Npgsql;

namespace ContentApi.Tests;

/// <summary>
/// GET /statistics/metrics answers filters on category, metric and unit from metric_series, which triggers on
/// statistics keep up to date, and no filter or one on unit from metric_keys, which the service refreshes from it.
/// Whatever was ingested or deleted, and however, the answer is the one the aggregate of every statistic gives.
/// </summary>
public sealed class MetricSeriesTests(MetricSeriesTests.Fixture factory) : IClassFixture<MetricSeriesTests.Fixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The service with a write budget for the hundred or so ingests and deletes of these tests (the default is 60 a minute).</summary>
    public sealed class Fixture : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimiting:Writes:PermitLimit", "100000")];
    }

    // The filters the series answer, each as a query string and as the condition on statistics it stands for.
    private static readonly (string Query, string Condition)[] SeriesFilters =
    [
        ("", "true"),
        ("category=volunteers", "category = 'volunteers'"),
        ("category=volunteers&category=participants", "category IN ('volunteers', 'participants')"),
        ($"metric={Uri.EscapeDataString("志愿")}", "metric LIKE '%志愿%'"),
        ($"unit={Uri.EscapeDataString("人")}", "unit = '人'"),
        ($"metric={Uri.EscapeDataString("志愿")}&category=volunteers", "metric LIKE '%志愿%' AND category = 'volunteers'"),
        ($"metric={Uri.EscapeDataString(MadeUpMetric)}&category=volunteers&category=activities", $"metric LIKE '%{MadeUpMetric}%' AND category IN ('volunteers', 'activities')"),
    ];

    // A filter that keeps every statistic but that the series cannot answer: with it, the query over statistics answers.
    private static readonly string EveryStatistic = "minValue=" + decimal.MinValue.ToString(CultureInfo.InvariantCulture);

    // The series made up by each test (a suffix tells them apart): split over three categories, two of them tied,
    // its values with and without decimals.
    private const string MadeUpMetric = "测试指标";

    [Fact]
    public async Task MetricsFromTheSeriesAreTheAggregatesOfEveryStatistic()
    {
        await IngestVariedPagesAsync(multiplier: 2);

        await AssertSeriesAnswerAsStatisticsDoAsync();
        var madeUp = await _client.GetJsonAsync($"/api/v1/statistics/metrics?metric={Uri.EscapeDataString(MadeUpMetric + 2)}");
        Assert.Equal("activities", Assert.Single(madeUp.Items())["category"]!.GetValue<string>());
    }

    [Fact]
    public async Task MetricsFromTheSeriesStayExactAsDocumentsAreDeleted()
    {
        var documents = await IngestVariedPagesAsync(multiplier: 7);

        // Each delete takes another path: a minimum, a first date and the decimals of a sum gone (read again); the
        // newest date gone; subtraction alone; categories gone; the whole series gone.
        foreach (var id in new[] { documents.Fractional, documents.Newest, documents.Middle, documents.Undated, documents.Last })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/documents/{id}")).StatusCode);
            await AssertSeriesAnswerAsStatisticsDoAsync();
        }
    }

    [Theory]
    [InlineData(900, false)]
    [InlineData(950, true)]
    public async Task ConcurrentIngestsAndDeletesKeepTheSeriesExact(int first, bool inOneArea)
    {
        // Every page of Pages.Numbered has the same four series, so the writers below all contend for the same rows:
        // of metric_series and series_place_counts, and with a place of place_counts too. Each writer must lock them
        // in the same order (db/0021), or an ingest and a delete deadlock.
        string Page(int n) => inOneArea ? Pages.Numbered(n, "天津市红桥区") : Pages.Numbered(n);
        var earlier = await Task.WhenAll(Enumerable.Range(first, 5).Select(n => _client.IngestAsync(Page(n), "2024-06-01")));
        var placed = await _client.GetJsonAsync($"/api/v1/statistics?documentId={earlier[0].Id()}&place=120106");
        Assert.Equal(inOneArea, placed["total"]!.GetValue<long>() > 0);

        // Both lists are started before either is awaited.
        var ingests = Enumerable.Range(first + 10, 10).Select(n => _client.IngestAsync(Page(n), $"2024-06-{n - first:00}")).ToList();
        var deletes = earlier.Select(d => _client.DeleteAsync($"/api/v1/documents/{d.Id()}")).ToList();
        await Task.WhenAll(ingests);
        var deleted = await Task.WhenAll(deletes);

        Assert.All(deleted, response => Assert.Equal(HttpStatusCode.NoContent, response.StatusCode));
        await AssertSeriesAreTheAggregatesOfTheStatisticsAsync();
    }

    [Fact]
    public async Task UpdatesRejectionsAndRestorationsMoveStatisticsBetweenSeries()
    {
        await IngestVariedPagesAsync(multiplier: 11);
        await using var connection = await factory.OpenDatabaseAsync();
        var metric = MadeUpMetric + 11;

        // Each statement takes another path: a value and its decimals changed in place; a statistic moved to another
        // metric (a new series) and category; rejections that empty a series and reach its extremes; a restoration.
        foreach (var change in new[]
        {
            $"UPDATE statistics SET value = value + 0.25 WHERE metric = '{metric}' AND category = 'volunteers'",
            $"UPDATE statistics SET metric = metric || '改', category = 'other' WHERE metric = '{metric}' AND value = 3",
            $"UPDATE statistics SET status = 'rejected' WHERE metric = '{metric}' AND category IN ('participants', 'volunteers')",
            $"UPDATE statistics SET status = 'rejected' WHERE metric LIKE '{metric}%' AND value = (SELECT max(value) FROM statistics WHERE metric = '{metric}')",
            $"UPDATE statistics SET status = 'accepted', value = 1 WHERE metric = '{metric}' AND category = 'participants'",
            // Re-extraction fills or changes a key alone: the statistic moves to the series of its new key.
            $"UPDATE statistics SET metric_key = NULL WHERE metric = '{metric}' AND value = 4",
            $"UPDATE statistics SET metric_key = metric_key || '键' WHERE metric = '{metric}' AND category = 'activities'",
            "UPDATE statistics SET position = position + 1000000 WHERE article_id = (SELECT min(article_id) FROM statistics)",
            // A corrected unit or place moves a statistic between series, and between the areas of one (db/0021).
            $"UPDATE statistics SET unit = '个' WHERE metric = '{metric}' AND value = 1",
            $"UPDATE statistics SET place_code = '120106', place_name = '红桥区' WHERE metric LIKE '{metric}%' AND category = 'other'",
            $"UPDATE statistics SET place_code = NULL, place_name = NULL, place_level = NULL, place_path = NULL WHERE metric LIKE '{metric}%' AND place_code = '120106'",
        })
        {
            await connection.ExecuteAsync(change);
            await AssertSeriesAreTheAggregatesOfTheStatisticsAsync();
        }
    }

    [Fact]
    public async Task AnOutOfDateSeriesIsNotServedWhileItIsDue()
    {
        await IngestVariedPagesAsync(multiplier: 17);
        await using var connection = await factory.OpenDatabaseAsync();
        await WaitUntilNoSeriesIsDueAsync(connection);
        var current = await _client.GetStringAsync("/api/v1/statistics/metrics?pageSize=100&read=1");

        // The refresher is held off (its advisory lock, db/0020), and the first series made wrong and due in one
        // transaction, as a change's own transaction marks what it changes.
        await connection.ExecuteAsync("SELECT pg_advisory_lock(hashtext('metric_keys_refresh'))");
        await connection.ExecuteAsync("""
            BEGIN;
            UPDATE metric_keys SET metric = 'marker' WHERE (metric_key, unit) = (SELECT metric_key, unit FROM metric_keys ORDER BY count DESC LIMIT 1);
            INSERT INTO metric_keys_due (metric_key, unit) SELECT metric_key, unit FROM metric_keys WHERE metric = 'marker';
            COMMIT;
            """);
        Assert.Equal(current, await _client.GetStringAsync("/api/v1/statistics/metrics?pageSize=100&read=2"));

        await connection.ExecuteAsync("SELECT pg_advisory_unlock(hashtext('metric_keys_refresh'))");
        await WaitUntilNoSeriesIsDueAsync(connection);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM metric_keys WHERE metric = 'marker'"));
        Assert.Equal(current, await _client.GetStringAsync("/api/v1/statistics/metrics?pageSize=100&read=3"));
    }

    [Fact]
    public async Task WordingsOfOneQuantityAreOneSeries()
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var key = MadeUpMetric + "13";
        // Two pages word the quantity differently (the key drops the place and the measuring head); the wording with
        // more figures gives the series its metric.
        var pages = new[]
        {
            MadeUpSeriesPage(1301, "红桥区" + key + "人数", new DateOnly(2023, 5, 1), ("volunteers", 10m), ("volunteers", 20m)),
            MadeUpSeriesPage(1302, key, new DateOnly(2024, 5, 1), ("volunteers", 30m)),
        };
        Assert.Equal(2, await new BulkDocumentWriter(dataSource).IngestAsync(pages));

        foreach (var query in new[] { $"metricKey={Uri.EscapeDataString(key)}", $"metricKey={Uri.EscapeDataString(key)}&{EveryStatistic}" })
        {
            var series = Assert.Single((await _client.GetJsonAsync($"/api/v1/statistics/metrics?{query}")).Items());
            Assert.Equal(key, series["metricKey"]!.GetValue<string>());
            Assert.Equal("红桥区" + key + "人数", series["metric"]!.GetValue<string>());
            Assert.Equal(2, series["wordings"]!.GetValue<long>());
            Assert.Equal(3, series["count"]!.GetValue<long>());
            Assert.Equal(60m, series["sum"]!.GetValue<decimal>());
        }
    }

    /// <summary>The documents whose deletes matter, of the pages <see cref="IngestVariedPagesAsync"/> stores.</summary>
    private sealed record VariedDocuments(long Fractional, long Newest, long Middle, long Undated, long Last);

    /// <summary>
    /// Stores pages through every writer: the sample with its numbers scaled, beside the undated original, and
    /// numbered pages, dated and not (POST); pages of the made-up series, one through <see cref="DocumentWriter"/> and
    /// two in one COPY through <see cref="BulkDocumentWriter"/>. The made-up series ties volunteers and activities,
    /// three statistics each: the first in category order, activities, is its category, though volunteers came first.
    /// </summary>
    private async Task<VariedDocuments> IngestVariedPagesAsync(int multiplier)
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var metric = MadeUpMetric + multiplier;
        var fractional = MadeUpSeriesPage(multiplier * 100 + 1, metric, new DateOnly(2024, 3, 1), ("volunteers", 1.5m), ("volunteers", 2.5m));
        var undated = MadeUpSeriesPage(multiplier * 100 + 2, metric, null, ("activities", 3m), ("activities", 4m), ("activities", 6m), ("volunteers", 5m));
        var last = MadeUpSeriesPage(multiplier * 100 + 3, metric, new DateOnly(2024, 5, 1), ("participants", 10m));
        var fractionalId = (await new DocumentWriter(dataSource).IngestAsync(fractional.Text, fractional.Page, fractional.Metadata)).DocumentId;
        Assert.Equal(2, await new BulkDocumentWriter(dataSource).IngestAsync([undated, last]));

        // After the bulk load, which the service hears of only by notification: these evict the cached answers at once.
        await _client.IngestAsync(ScaledSample(multiplier), "2024-01-05");
        var middle = await _client.IngestAsync(ScaledSample(multiplier + 1), "2024-02-05");
        await _client.IngestAsync(ScaledSample(multiplier + 2), "2024-03-05");
        var newest = await _client.IngestAsync(ScaledSample(multiplier + 3), "2024-12-31");
        for (var n = multiplier * 100 + 10; n < multiplier * 100 + 14; n++)
        {
            await _client.IngestAsync(Pages.Numbered(n), n % 2 == 0 ? $"2024-04-{n % 28 + 1:00}" : null);
        }

        return new VariedDocuments(fractionalId, newest.Id(), middle.Id(), await DocumentIdAsync(undated), await DocumentIdAsync(last));
    }

    /// <summary>The sample page with every number in it multiplied: the same series, with other values.</summary>
    private static string ScaledSample(int multiplier) =>
        Regex.Replace(Pages.Sample, @"\d{1,9}", m => (long.Parse(m.Value, CultureInfo.InvariantCulture) * multiplier).ToString(CultureInfo.InvariantCulture));

    /// <summary>A numbered page whose statistics are replaced by figures of the made-up series, in the given categories.</summary>
    private static PageToStore MadeUpSeriesPage(int n, string metric, DateOnly? publishedOn, params (string Category, decimal Value)[] figures)
    {
        var text = Pages.Numbered(n);
        var page = PageExtractor.Extract(text);
        var article = page.Articles[0];
        // Each made-up figure takes the place in the text of one of the page's statistics: the schema checks the span,
        // and one span holds one statistic.
        var statistics = figures.Select((f, i) => article.Statistics[i] with
        {
            Metric = metric, MetricKey = MetricKey.Of(metric), Unit = "人", Category = f.Category, Value = f.Value, ValueMax = null, Qualifier = "exact",
        }).ToList();
        return new PageToStore(text, page with { Articles = [article with { Statistics = statistics }] }, new DocumentMetadata("测试日报", null, publishedOn));
    }

    private async Task<long> DocumentIdAsync(PageToStore page)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT id FROM documents WHERE content_hash = @hash", new { hash = DocumentWriter.ContentHash(page.Text) });
    }

    /// <summary>
    /// Under every filter of <see cref="SeriesFilters"/>, the answer from the series is the aggregate computed here
    /// over every statistic, and byte for byte the answer of the service's own query over statistics (decimals, order,
    /// total and paging included).
    /// </summary>
    private async Task AssertSeriesAnswerAsStatisticsDoAsync()
    {
        await AssertSeriesAreTheAggregatesOfTheStatisticsAsync();
        await using var connection = await factory.OpenDatabaseAsync();
        foreach (var (query, condition) in SeriesFilters)
        {
            var expected = (await connection.QueryAsync<MetricSummary>($"""
                SELECT coalesce(metric_key, metric) AS metrickey, mode() WITHIN GROUP (ORDER BY metric) AS metric,
                       count(DISTINCT metric) AS wordings, unit, mode() WITHIN GROUP (ORDER BY category) AS category, count(*) AS count,
                       sum(value) AS sum, min(value) AS min, max(value) AS max, min(published_on) AS firstpublishedon, max(published_on) AS lastpublishedon
                FROM statistics
                WHERE ({condition}) AND status = 'accepted'
                GROUP BY coalesce(metric_key, metric), unit
                ORDER BY count(*) DESC, metrickey, unit
                """)).ToList();

            var fromSeries = await _client.GetJsonAsync($"/api/v1/statistics/metrics?{query}&pageSize=100");

            Assert.InRange(expected.Count, 0, 100); // all on the one page read
            Assert.Equal(expected, fromSeries.Items().Select(m => m.Deserialize<MetricSummary>(Pages.Web)!));
            Assert.Equal(expected.Count, fromSeries["total"]!.GetValue<long>());
            foreach (var page in new[] { "pageSize=100", "page=2&pageSize=3", "page=1000&pageSize=3" })
            {
                Assert.Equal(
                    await _client.GetStringAsync($"/api/v1/statistics/metrics?{query}&{page}&{EveryStatistic}"),
                    await _client.GetStringAsync($"/api/v1/statistics/metrics?{query}&{page}"));
            }

            // The total rides on the page's rows: a page past the last, which has none, counts it on its own.
            var pastTheLast = await _client.GetJsonAsync($"/api/v1/statistics/metrics?{query}&page=1000&pageSize=3");
            Assert.Empty(pastTheLast.Items());
            Assert.Equal(expected.Count, pastTheLast["total"]!.GetValue<long>());
        }
    }

    /// <summary>Waits until the service's refresher has brought every due series of metric_keys up to date (MetricKeys/).</summary>
    private static Task WaitUntilNoSeriesIsDueAsync(NpgsqlConnection connection) =>
        Eventually.HoldsAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM metric_keys_due") == 0, TimeSpan.FromSeconds(30));

    /// <summary>
    /// metric_series and metric_keys hold exactly the aggregates of the accepted statistics, down to the decimals of
    /// each sum, the wording and the category most statistics of a series have, metric_keys once none is due;
    /// series_place_counts their counts per place code, series_counts per key and unit. The answers compared after this one then come from metric_keys
    /// where the filters allow.
    /// </summary>
    private async Task AssertSeriesAreTheAggregatesOfTheStatisticsAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();

        Assert.Empty(await DifferencesAsync(connection,
            "SELECT metric_key, metric, unit, category, count, sum, scale(sum), min, max, first_published_on, last_published_on FROM metric_series",
            """
            SELECT coalesce(metric_key, metric), metric, unit, category, count(*), sum(value), scale(sum(value)), min(value), max(value),
                   min(published_on), max(published_on)
            FROM statistics
            WHERE status = 'accepted'
            GROUP BY coalesce(metric_key, metric), metric, unit, category
            """));
        // GET /series counts its figures per key, unit and place code in series_place_counts (db/0021), which the
        // writers' own statements keep: exact at once, with nothing due.
        Assert.Empty(await DifferencesAsync(connection,
            "SELECT metric_key, unit, place_code, count FROM series_place_counts",
            """
            SELECT metric_key, unit, coalesce(place_code, ''), count(*)
            FROM statistics
            WHERE status = 'accepted' AND metric_key IS NOT NULL
            GROUP BY 1, 2, 3
            """));
        // Its totals per key and unit, without an area, in series_counts (db/0024), kept by the same triggers.
        Assert.Empty(await DifferencesAsync(connection,
            "SELECT metric_key, unit, count FROM series_counts",
            """
            SELECT metric_key, unit, count(*)
            FROM statistics
            WHERE status = 'accepted' AND metric_key IS NOT NULL
            GROUP BY 1, 2
            """));
        await WaitUntilNoSeriesIsDueAsync(connection);
        Assert.Empty(await DifferencesAsync(connection,
            "SELECT metric_key, unit, metric, wordings, category, count, sum, scale(sum), min, max, first_published_on, last_published_on FROM metric_keys",
            """
            SELECT coalesce(metric_key, metric), unit, mode() WITHIN GROUP (ORDER BY metric), count(DISTINCT metric),
                   mode() WITHIN GROUP (ORDER BY category), count(*), sum(value), scale(sum(value)), min(value), max(value),
                   min(published_on), max(published_on)
            FROM statistics
            WHERE status = 'accepted'
            GROUP BY coalesce(metric_key, metric), unit
            """));
    }

    /// <summary>The rows of <paramref name="stored"/> and of <paramref name="aggregated"/> that the other lacks, duplicates counted, each named by its side.</summary>
    private static Task<IEnumerable<string>> DifferencesAsync(NpgsqlConnection connection, string stored, string aggregated) =>
        connection.QueryAsync<string>($"""
            WITH stored AS ({stored}), aggregated AS ({aggregated})
            SELECT 'stored only: ' || s::text FROM (TABLE stored EXCEPT ALL TABLE aggregated) AS s
            UNION ALL
            SELECT 'aggregated only: ' || a::text FROM (TABLE aggregated EXCEPT ALL TABLE stored) AS a
            """);
}
