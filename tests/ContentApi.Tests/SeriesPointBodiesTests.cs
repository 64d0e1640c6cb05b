using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests;

/// <summary>
/// The stored points of series (db/0023_series_points_in_order.sql): a series whose every point is current is joined
/// from them, one that is not is composed, and both are the same bytes.
/// </summary>
public sealed class SeriesPointBodiesTests(ContentApiFactory fixture) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = fixture.CreateClient();

    private static string Escape(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task ASeriesFromStoredPointsIsTheComposedSeriesByteForByte()
    {
        var (key, articles) = await SeriesInAnAreaAsync("南开区", "120104", "净滩志愿者", [800, 900, 1000]);
        await using var connection = await fixture.OpenDatabaseAsync();

        // Within the area and without, with and without a unit, the whole series and its first point.
        foreach (var query in new[] { $"place=120104", $"place=12&unit={Escape("人")}", $"place=120104&limit=1", $"unit={Escape("人")}", "" })
        {
            var url = $"/api/v1/series?metricKey={Escape(key)}&{query}";
            var fromStorage = await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}");
            await connection.ExecuteAsync("INSERT INTO article_bodies_due (article_id) VALUES (@id) ON CONFLICT (article_id) DO NOTHING", new { id = articles[0] });
            var composed = await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}");
            await connection.ExecuteAsync("DELETE FROM article_bodies_due WHERE article_id = @id", new { id = articles[0] });

            Assert.NotEmpty(JsonNode.Parse(composed)!["points"]!.AsArray());
            Assert.Equal(composed, fromStorage);
        }
    }

    [Fact]
    public async Task EveryShapeOfSeriesReadsItsStoredPointsInTheSeriesOrder()
    {
        var (key, articles) = await SeriesInAnAreaAsync("宁河区", "120117", "护湿地志愿者", [5, 6, 7]);
        // Each stored point replaced by a marker that names its article's place in the series.
        for (var i = 0; i < articles.Length; i++)
        {
            await ReplaceStoredPointsAsync(articles[i], $$"""{"stored":{{i}}}""");
        }

        foreach (var (query, expected) in new[]
                 {
                     ("place=120117", "[0,1,2]"), ("place=12", "[0,1,2]"), ($"unit={Escape("人")}", "[0,1,2]"), ("", "[0,1,2]"),
                     ("place=120117&limit=2", "[0,1]"),
                 })
        {
            var series = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&{query}&unique={Guid.NewGuid():N}");
            Assert.Equal(expected, new JsonArray(series["points"]!.AsArray().Select(p => (JsonNode?)p!["stored"]!.GetValue<int>()).ToArray()).ToJsonString());
        }
    }

    [Fact]
    public async Task AnAreaOfSeveralCodesMergesTheirStoredPointsInTheSeriesOrder()
    {
        // 2020 and 2022 in 和平区 (120101), 2021 in 河西区 (120103): Tianjin's series takes its points from both codes in turn.
        var (key, articles) = await SeriesAsync("12", "护桥志愿者", [("和平区", 21), ("河西区", 22), ("和平区", 23)]);
        for (var i = 0; i < articles.Length; i++)
        {
            await ReplaceStoredPointsAsync(articles[i], $$"""{"stored":{{i}}}""");
        }

        foreach (var (query, expected) in new[]
                 {
                     ("place=12", "[0,1,2]"), ("place=12&limit=2", "[0,1]"), ("place=120101", "[0,2]"), ("place=120103", "[1]"), ("", "[0,1,2]"),
                 })
        {
            var series = await _client.GetJsonAsync($"/api/v1/series?metricKey={Escape(key)}&{query}&unique={Guid.NewGuid():N}");
            Assert.Equal(expected, new JsonArray(series["points"]!.AsArray().Select(p => (JsonNode?)p!["stored"]!.GetValue<int>()).ToArray()).ToJsonString());
        }
    }

    [Fact]
    public async Task RenderingEmptiesThePointAnOlderBuildStoredBesideTheBody()
    {
        var (_, articles) = await SeriesInAnAreaAsync("静海区", "120118", "护堤志愿者", [9]);
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("UPDATE statistic_bodies SET point = @point WHERE article_id = @id",
            new { id = articles[0], point = Encoding.UTF8.GetBytes(StoredBodies.Marker) });

        await connection.ExecuteAsync("UPDATE articles SET title = title || '（续）' WHERE id = @id", new { id = articles[0] });
        await fixture.WaitUntilStoredAsync(articles[0]);

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(point) FROM statistic_bodies WHERE article_id = @id", new { id = articles[0] }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(point) FROM series_points WHERE article_id = @id", new { id = articles[0] }));
    }

    [Fact]
    public async Task AStatisticWithoutAKeyIsRenderedWithoutAPoint()
    {
        var (key, articles) = await SeriesInAnAreaAsync("蓟州区", "120119", "护山志愿者", [11]);
        await using var connection = await fixture.OpenDatabaseAsync();

        // Its article is marked by the change, and rendered again.
        await connection.ExecuteAsync("UPDATE statistics SET metric_key = NULL WHERE article_id = @id AND metric_key = @key", new { id = articles[0], key });
        await fixture.WaitUntilStoredAsync(articles[0]);

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM series_points p JOIN statistics s ON s.id = p.statistic_id WHERE p.article_id = @id AND s.metric_key IS NULL",
            new { id = articles[0] }));
        Assert.True(await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM statistic_bodies b JOIN statistics s ON s.id = b.statistic_id WHERE b.article_id = @id AND s.metric_key IS NULL)",
            new { id = articles[0] }));
    }

    [Fact]
    public async Task AnArticleBodyWrittenByABuildBeforeTheTableTakesItsPointsWithIt()
    {
        var (key, articles) = await SeriesInAnAreaAsync("滨海新区", "120116", "护海志愿者", [12]);
        await using var connection = await fixture.OpenDatabaseAsync();
        await ReplaceStoredPointsAsync(articles[0], StoredBodies.Marker);

        // A build of the previous format renders the article after a change and clears its mark: it writes the
        // article's body in its own format, and its points beside the statistics' bodies, not here.
        await connection.ExecuteAsync("UPDATE article_bodies SET format = 'an-older-build' WHERE article_id = @id", new { id = articles[0] });

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM series_points WHERE article_id = @id", new { id = articles[0] }));
        Assert.DoesNotContain(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/series?metricKey={Escape(key)}&place=120116&unique={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task AStoredPointIsServedUntilItsArticleChanges()
    {
        var (key, articles) = await SeriesInAnAreaAsync("河东区", "120102", "护河志愿者", [300, 400]);
        await using var connection = await fixture.OpenDatabaseAsync();
        var first = await connection.QuerySingleAsync<long>(
            "SELECT min(id) FROM statistics WHERE article_id = @id AND metric_key = @key", new { id = articles[0], key });
        Assert.Equal(1, await connection.ExecuteAsync("UPDATE series_points SET point = @point WHERE statistic_id = @first",
            new { first, point = Encoding.UTF8.GetBytes(StoredBodies.Marker) }));
        var url = $"/api/v1/series?metricKey={Escape(key)}&place=120102";

        var stored = await _client.GetJsonAsync($"{url}&unique={Guid.NewGuid():N}");
        Assert.Equal(StoredBodies.Marker, stored["points"]![0]!.ToJsonString());
        Assert.Equal(400m, stored["points"]![1]!["value"]!.GetValue<decimal>());
        Assert.Equal(2, stored["total"]!.GetValue<long>());

        // The article's title is each point's provenance: changing it marks the article in its transaction.
        await connection.ExecuteAsync("UPDATE articles SET title = '改过的标题' WHERE id = @id", new { id = articles[0] });
        var composed = await _client.GetJsonAsync($"{url}&unique={Guid.NewGuid():N}");
        Assert.Equal("改过的标题", composed["points"]![0]!["provenance"]!["articleTitle"]!.GetValue<string>());

        await fixture.WaitUntilStoredAsync(articles[0]);
        Assert.Equal(composed.ToJsonString(), (await _client.GetJsonAsync($"{url}&unique={Guid.NewGuid():N}")).ToJsonString());
    }

    [Fact]
    public async Task APointOnceReadIsHeldUnderItsRevisionAndReadAgainUnderANewOne()
    {
        var (key, articles) = await SeriesInAnAreaAsync("红桥区", "120106", "护水志愿者", [60, 61]);
        await using var connection = await fixture.OpenDatabaseAsync();
        var url = $"/api/v1/series?metricKey={Escape(key)}&place=120106";
        var stored = await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}");

        // Bytes changed under the same revision, as no writer can change them (the trigger is off for this session
        // only): the service serves the bytes it holds, not reading them again.
        await connection.ExecuteAsync("SET session_replication_role = replica");
        Assert.Equal(1, await connection.ExecuteAsync(
            "UPDATE series_points SET point = @point WHERE article_id = @id", new { id = articles[1], point = Encoding.UTF8.GetBytes(StoredBodies.Marker) }));
        Assert.Equal(stored, await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}"));

        // Any write gives a point a new revision, and that point is read again; the other stays as held.
        await connection.ExecuteAsync("SET session_replication_role = DEFAULT");
        await ReplaceStoredPointsAsync(articles[0], StoredBodies.Marker);
        var series = await _client.GetJsonAsync($"{url}&unique={Guid.NewGuid():N}");
        Assert.Equal(StoredBodies.Marker, series["points"]![0]!.ToJsonString());
        Assert.Equal(61m, series["points"]![1]!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task APointOfAnotherFormatIsNotServed()
    {
        var (key, articles) = await SeriesInAnAreaAsync("西青区", "120111", "护林志愿者", [50]);
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("UPDATE series_points SET point = @point, format = 'an-older-build' WHERE article_id = @id",
            new { id = articles[0], point = Encoding.UTF8.GetBytes(StoredBodies.Marker) });

        var series = await _client.GetStringAsync($"/api/v1/series?metricKey={Escape(key)}&place=120111&unique={Guid.NewGuid():N}");

        Assert.DoesNotContain(StoredBodies.Marker, series);
        Assert.Contains("\"value\":50", series);
    }

    [Fact]
    public async Task APointWithoutItsBytesHasItsSeriesComposed()
    {
        var (key, articles) = await SeriesInAnAreaAsync("北辰区", "120113", "护绿志愿者", [70, 80]);
        await using var connection = await fixture.OpenDatabaseAsync();
        var url = $"/api/v1/series?metricKey={Escape(key)}&place=120113";
        var stored = await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}");
        await ReplaceStoredPointsAsync(articles[1], StoredBodies.Marker);
        Assert.Contains(StoredBodies.Marker, await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}"));

        // As the renderer stores a point too long for an index entry: a row in its place, without bytes.
        await connection.ExecuteAsync("UPDATE series_points SET point = NULL WHERE article_id = @id", new { id = articles[1] });
        var composed = await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}");

        Assert.Equal(stored, composed);
    }

    [Fact]
    public async Task APointStoredUnderOtherSeriesColumnsIsNotServedInItsNewSeries()
    {
        var (key, articles) = await SeriesInAnAreaAsync("东丽区", "120110", "护鸟志愿者", [20, 30, 40]);
        await using var connection = await fixture.OpenDatabaseAsync();
        var url = $"/api/v1/series?metricKey={Escape(key)}&place=120110";
        var before = await _client.GetJsonAsync($"{url}&unique={Guid.NewGuid():N}");
        Assert.Equal([20m, 30m, 40m], before["points"]!.AsArray().Select(p => p!["value"]!.GetValue<decimal>()));

        // The last figure's period moves to the first place of the series. Its article's mark, which the change set and
        // which keeps its old point from being served, is taken away: the point, in its old place, is current by the
        // body's rule, and the series still is composed, as its ids are not the page's in order. Both in one
        // transaction, so that the renderer never sees the mark and stores the series again in its new order between
        // them (CI met that race once).
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("""
                UPDATE statistics SET period_year = 2001 WHERE article_id = @id AND metric_key = @key;
                DELETE FROM article_bodies_due WHERE article_id = @id;
                """, new { id = articles[2], key }, transaction);
            await transaction.CommitAsync();
        }

        await ReplaceStoredPointsAsync(articles[2], StoredBodies.Marker);
        var after = await _client.GetJsonAsync($"{url}&unique={Guid.NewGuid():N}");

        Assert.Equal([40m, 20m, 30m], after["points"]!.AsArray().Select(p => p!["value"]!.GetValue<decimal>()));
    }

    private async Task ReplaceStoredPointsAsync(long articleId, string json)
    {
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("UPDATE series_points SET point = @point WHERE article_id = @articleId",
            new { articleId, point = Encoding.UTF8.GetBytes(json) });
    }

    // Pages of one area from successive years, each with one figure of the metric, all rendered; the metric's key and the articles.
    private Task<(string Key, long[] Articles)> SeriesInAnAreaAsync(string county, string code, string metric, int[] values) =>
        SeriesAsync(code, metric, values.Select(value => (county, value)).ToArray());

    // Pages from successive years, each with one figure of the metric in its county of Tianjin, all rendered; the
    // metric's key (as listed within the area) and the articles.
    private async Task<(string Key, long[] Articles)> SeriesAsync(string area, string metric, (string County, int Value)[] figures)
    {
        var articles = new List<long>();
        for (var i = 0; i < figures.Length; i++)
        {
            var (county, value) = figures[i];
            var document = await _client.IngestAsync(
                $"""
                {county}{metric}纪实第{i + 1}篇

                ■ 记者 李明

                截至目前，天津市{county}{metric}达到{value}人。

                """, $"{2020 + i}-06-01");
            var article = (await _client.GetJsonAsync($"/api/v1/articles?documentId={document.Id()}")).Items().Single().Id();
            await fixture.WaitUntilStoredAsync(article);
            articles.Add(article);
        }

        var listed = await _client.GetJsonAsync($"/api/v1/statistics?place={area}&metric={Escape(metric)}");
        return (listed.Items().Select(i => i["metricKey"]!.GetValue<string>()).Distinct().Single(), articles.ToArray());
    }
}
