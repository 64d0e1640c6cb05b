using System.Net;
using System.Text;
using ContentApi.Tests.Corrections;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests;

/// <summary>
/// The stored bodies of statistics (db/0019_statistic_bodies.sql): a list copies them where current, composes the
/// others, and never serves one whose article changed since it was rendered.
/// </summary>
public sealed class StatisticBodiesTests(CorrectionsFactory fixture) : IClassFixture<CorrectionsFactory>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task AListOfStoredStatisticsIsTheComposedListByteForByte()
    {
        var id = await fixture.StoredArticleAsync(_client);
        await using var connection = await fixture.OpenDatabaseAsync();
        var accepted = await connection.QueryAsync<long>("SELECT id FROM statistics WHERE article_id = @id AND status = 'accepted' ORDER BY id", new { id });
        var stored = await connection.QueryAsync<long>("SELECT statistic_id FROM statistic_bodies WHERE article_id = @id ORDER BY statistic_id", new { id });
        Assert.NotEmpty(accepted);
        Assert.Equal(accepted, stored);

        // Each sort reads its own statement, the page by number and the filtered page choose their ids first.
        foreach (var query in new[] { $"articleId={id}&pageSize=100", $"articleId={id}&pageSize=2&page=2&sort=-value", "pageSize=5", $"documentId={DocumentOf(id)}&sort=publishedOn" })
        {
            var fromStorage = await _client.GetStringAsync($"/api/v1/statistics?{query}&unique={Guid.NewGuid():N}");
            await connection.ExecuteAsync("INSERT INTO article_bodies_due (article_id) VALUES (@id) ON CONFLICT (article_id) DO NOTHING", new { id });
            var composed = await _client.GetStringAsync($"/api/v1/statistics?{query}&unique={Guid.NewGuid():N}");
            await connection.ExecuteAsync("DELETE FROM article_bodies_due WHERE article_id = @id", new { id });

            Assert.Equal(composed, fromStorage);
        }

        long DocumentOf(long article) => connection.ExecuteScalar<long>("SELECT document_id FROM articles WHERE id = @article", new { article });
    }

    [Fact]
    public async Task PagesFollowedByCursorFromStorageAreTheComposedPages()
    {
        var id = await fixture.StoredArticleAsync(_client);
        await using var connection = await fixture.OpenDatabaseAsync();

        foreach (var sort in new[] { "position", "-value", "publishedOn" })
        {
            var fromStorage = await PagesAsync($"articleId={id}&pageSize=1&sort={sort}");
            await connection.ExecuteAsync("INSERT INTO article_bodies_due (article_id) VALUES (@id) ON CONFLICT (article_id) DO NOTHING", new { id });
            var composed = await PagesAsync($"articleId={id}&pageSize=1&sort={sort}");
            await connection.ExecuteAsync("DELETE FROM article_bodies_due WHERE article_id = @id", new { id });

            Assert.True(composed.Count > 1);
            Assert.Equal(composed, fromStorage);
        }

        // Every page of the list, following nextCursor from the first, each page's whole answer.
        async Task<List<string>> PagesAsync(string query)
        {
            var pages = new List<string>();
            var next = "";
            do
            {
                var page = await _client.GetStringAsync($"/api/v1/statistics?{query}{next}&unique={Guid.NewGuid():N}");
                pages.Add(page);
                next = System.Text.Json.Nodes.JsonNode.Parse(page)!["nextCursor"]?.GetValue<string>() is { } cursor ? $"&cursor={cursor}" : null;
            }
            while (next is not null);

            return pages;
        }
    }

    [Fact]
    public async Task APageWithABodyNotCurrentIsComposedWhereItMustAndCopiedWhereItMay()
    {
        // Two articles published on a day of their own, so that one page lists both; a marked body in each.
        const string Day = "1999-03-07";
        var current = await IngestedOnAsync(9_001);
        var due = await IngestedOnAsync(9_002);
        var copied = (await FirstStatisticAsync(current)).Id();
        var composed = (await FirstStatisticAsync(due)).Id();
        await ReplaceStoredBodyAsync(copied, $$"""{"stored":"marker","id":{{copied}}}""");
        await ReplaceStoredBodyAsync(composed, $$"""{"stored":"marker","id":{{composed}}}""");
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("INSERT INTO article_bodies_due (article_id) VALUES (@due) ON CONFLICT (article_id) DO NOTHING", new { due });

        var items = (await _client.GetJsonAsync($"/api/v1/statistics?publishedFrom={Day}&publishedTo={Day}&pageSize=100&unique={Guid.NewGuid():N}")).Items();

        Assert.Equal(
            await connection.QueryAsync<long>("SELECT id FROM statistics WHERE article_id IN (@current, @due) AND status = 'accepted' ORDER BY id", new { current, due }),
            items.Select(i => i.Id()));
        Assert.Equal([copied], items.Where(i => i["stored"] is not null).Select(i => i.Id()));
        Assert.NotNull(items.Single(i => i.Id() == composed)["provenance"]);

        async Task<long> IngestedOnAsync(int page)
        {
            var document = await _client.IngestAsync(Pages.Numbered(page), publishedOn: Day);
            var article = (await _client.GetJsonAsync($"/api/v1/articles?documentId={document.Id()}")).Items().First().Id();
            await fixture.WaitUntilStoredAsync(article);
            return article;
        }
    }

    [Fact]
    public async Task AStoredStatisticIsServedUntilItsArticleChangesAndStoredAgainAfterwards()
    {
        var id = await fixture.StoredArticleAsync(_client);
        var statistic = await FirstStatisticAsync(id);
        await ReplaceStoredBodyAsync(statistic.Id(), StoredBodies.Marker);

        Assert.Contains(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/statistics?articleId={id}&unique={Guid.NewGuid():N}"));

        // A change to the article's title, which is each statistic's provenance, marks the article in its transaction.
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("UPDATE articles SET title = '改过的标题' WHERE id = @id", new { id });
        var composed = await _client.GetStringAsync($"/api/v1/statistics?articleId={id}&unique={Guid.NewGuid():N}");
        Assert.DoesNotContain(StoredBodies.Marker, composed);
        Assert.Contains("改过的标题", composed);

        await fixture.WaitUntilStoredAsync(id);
        var body = await connection.QuerySingleAsync<byte[]>("SELECT body FROM statistic_bodies WHERE statistic_id = @id", new { id = statistic.Id() });
        Assert.Contains("改过的标题", Encoding.UTF8.GetString(body));
        Assert.Equal(composed, await _client.GetStringAsync($"/api/v1/statistics?articleId={id}&unique={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task ABodyOnceReadIsHeldUnderItsRevisionAndReadAgainUnderANewOne()
    {
        var id = await fixture.StoredArticleAsync(_client);
        var statistics = (await _client.GetJsonAsync($"/api/v1/statistics?articleId={id}&pageSize=2")).Items().Select(i => i.Id()).ToArray();
        Assert.Equal(2, statistics.Length);
        var url = $"/api/v1/statistics?articleId={id}&pageSize=2";
        var stored = await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}");

        // Bytes changed under the same revision, as no writer can change them (the trigger is off for this session
        // only): the service serves the bytes it holds, not reading them again.
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("SET session_replication_role = replica");
        var revision = await connection.QuerySingleAsync<long>("SELECT revision FROM statistic_bodies WHERE statistic_id = @id", new { id = statistics[1] });
        Assert.Equal(1, await connection.ExecuteAsync(
            "UPDATE statistic_bodies SET body = @body WHERE statistic_id = @id", new { id = statistics[1], body = Encoding.UTF8.GetBytes(StoredBodies.Marker) }));
        Assert.Equal(revision, await connection.QuerySingleAsync<long>("SELECT revision FROM statistic_bodies WHERE statistic_id = @id", new { id = statistics[1] }));
        Assert.Equal(stored, await _client.GetStringAsync($"{url}&unique={Guid.NewGuid():N}"));

        // Any write gives a body a new revision, and that body is read again; the other stays as held.
        await connection.ExecuteAsync("SET session_replication_role = DEFAULT");
        var first = await connection.QuerySingleAsync<long>("SELECT revision FROM statistic_bodies WHERE statistic_id = @id", new { id = statistics[0] });
        await ReplaceStoredBodyAsync(statistics[0], StoredBodies.Marker);
        Assert.NotEqual(first, await connection.QuerySingleAsync<long>("SELECT revision FROM statistic_bodies WHERE statistic_id = @id", new { id = statistics[0] }));
        var items = (await _client.GetJsonAsync($"{url}&unique={Guid.NewGuid():N}")).Items().ToArray();
        Assert.Equal(StoredBodies.Marker, items[0].ToJsonString());
        Assert.Equal(statistics[1], items[1].Id());
    }

    [Fact]
    public async Task AStatisticMovedToAnotherArticleMarksBothAndIsServedWithItsNewArticle()
    {
        var from = await fixture.StoredArticleAsync(_client);
        var to = await fixture.StoredArticleAsync(_client);
        var statistic = (await FirstStatisticAsync(from)).Id();
        await ReplaceStoredBodyAsync(statistic, StoredBodies.Marker);
        await using var connection = await fixture.OpenDatabaseAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // As re-extraction moves a kept statistic (ReextractionWriter): the body of each article lists it, or did,
            // and its stored body was rendered with the old one.
            await connection.ExecuteAsync("""
                UPDATE statistics SET article_id = @to, section_id = NULL, paragraph_id = NULL,
                       position = (SELECT max(position) + 1 FROM statistics WHERE article_id = @to)
                WHERE id = @statistic
                """, new { to, statistic }, transaction);
            Assert.Equal([from, to], await connection.QueryAsync<long>(
                "SELECT article_id FROM article_bodies_due WHERE article_id IN (@from, @to) ORDER BY article_id", new { from, to }, transaction));
            await transaction.CommitAsync();
        }

        // The body stored with the old article is never served again: composed, or stored anew, the item is in the new one.
        var item = (await _client.GetJsonAsync($"/api/v1/statistics?articleId={to}&pageSize=100&unique={Guid.NewGuid():N}")).Items().Single(i => i.Id() == statistic);
        Assert.Null(item["stored"]);
        Assert.Equal(to, item["provenance"]!["articleId"]!.GetValue<long>());
    }

    [Fact]
    public async Task ARejectedStatisticLosesItsStoredBodyAndIsComposed()
    {
        var id = await fixture.StoredArticleAsync(_client);
        var statistic = await FirstStatisticAsync(id);
        var (_, etag) = await _client.GetStatisticAsync(statistic.Id());
        Assert.Equal(HttpStatusCode.OK, (await _client.PatchStatisticAsync(statistic.Id(), etag, """{"status": "rejected"}""")).StatusCode);

        await fixture.WaitUntilStoredAsync(id);
        await using var connection = await fixture.OpenDatabaseAsync();
        Assert.False(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM statistic_bodies WHERE statistic_id = @id)", new { id = statistic.Id() }));
        var rejected = (await _client.GetJsonAsync($"/api/v1/statistics?articleId={id}&status=rejected&unique={Guid.NewGuid():N}")).Items().Single();
        Assert.Equal(statistic.Id(), rejected.Id());
        Assert.Equal("rejected", rejected["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AStoredStatisticOfAnotherFormatIsNotServed()
    {
        var id = await fixture.StoredArticleAsync(_client);
        var statistic = await FirstStatisticAsync(id);
        await ReplaceStoredBodyAsync(statistic.Id(), StoredBodies.Marker, format: "an-older-build");

        var served = await _client.GetJsonAsync($"/api/v1/statistics?articleId={id}&unique={Guid.NewGuid():N}");

        Assert.Equal(statistic.Id(), served.Items().First().Id());
        Assert.DoesNotContain(StoredBodies.Marker, served.ToJsonString());
    }

    [Fact]
    public async Task AnArticleBodyWrittenByABuildThatStoresNoStatisticsTakesTheirBodiesWithIt()
    {
        var id = await fixture.StoredArticleAsync(_client);
        var statistic = await FirstStatisticAsync(id);
        await ReplaceStoredBodyAsync(statistic.Id(), StoredBodies.Marker);

        // An older build (during a rolling deployment, or after a rollback) renders the article after a change and
        // clears its mark, knowing nothing of its statistics' bodies: it writes the article's body in its own format.
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("UPDATE article_bodies SET format = 'an-older-build' WHERE article_id = @id", new { id });

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM statistic_bodies WHERE article_id = @id", new { id }));
        Assert.DoesNotContain(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/statistics?articleId={id}&unique={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task SparseFieldsKeepOnlyTheNamedFieldsOfStoredStatistics()
    {
        var id = await fixture.StoredArticleAsync(_client);

        var items = (await _client.GetJsonAsync($"/api/v1/statistics?articleId={id}&fields=id,value&unique={Guid.NewGuid():N}")).Items();

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal(["id", "value"], item.Select(p => p.Key).Order()));
    }

    [Fact]
    public async Task ADeletedDocumentLeavesNoStoredStatistics()
    {
        var id = await fixture.StoredArticleAsync(_client);
        var document = (await _client.GetJsonAsync($"/api/v1/articles/{id}"))["documentId"]!.GetValue<long>();

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/documents/{document}")).StatusCode);

        await using var connection = await fixture.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM statistic_bodies WHERE article_id = @id", new { id }));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> FirstStatisticAsync(long articleId) =>
        (await _client.GetJsonAsync($"/api/v1/statistics?articleId={articleId}&pageSize=1")).Items().Single();

    private async Task ReplaceStoredBodyAsync(long statisticId, string json, string? format = null)
    {
        await using var connection = await fixture.OpenDatabaseAsync();
        Assert.Equal(1, await connection.ExecuteAsync("UPDATE statistic_bodies SET body = @body, format = coalesce(@format, format) WHERE statistic_id = @statisticId",
            new { statisticId, body = Encoding.UTF8.GetBytes(json), format }));
    }
}
