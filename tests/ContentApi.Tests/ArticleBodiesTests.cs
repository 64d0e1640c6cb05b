using System.Net;
using System.Text;
using System.Text.Json;
using ContentApi.ArticleBodies;
using ContentApi.Articles;
using ContentApi.Tests.Corrections;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ContentApi.Tests;

/// <summary>
/// The stored bodies of articles (db/0015_article_bodies.sql, ArticleBodies/), the default and the sections alone
/// (db/0028): served when current, never when their article changed since, and rendered again after a change.
/// </summary>
public sealed class ArticleBodiesTests(CorrectionsFactory fixture) : IClassFixture<CorrectionsFactory>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task AStoredBodyIsTheComposedArticleByteForByte()
    {
        var id = await fixture.StoredArticleAsync(_client);

        await using var connection = await fixture.OpenDatabaseAsync();
        var stored = await connection.QuerySingleAsync<byte[]>("SELECT body FROM article_bodies WHERE article_id = @id", new { id });
        var article = await ArticleStore.ComposeAsync(connection, id, ArticleIncludes.All, CancellationToken.None);
        var options = fixture.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.NotNull(article?.Statistics);
        Assert.Equal(JsonSerializer.Serialize(article, options), Encoding.UTF8.GetString(stored));
        Assert.Equal(JsonSerializer.Serialize(article, options), await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}"));

        // The article with its sections alone (db/0028), as include=sections composes it.
        var storedSections = await connection.QuerySingleAsync<byte[]>("SELECT sections_body FROM article_bodies WHERE article_id = @id", new { id });
        var sections = await ArticleStore.ComposeAsync(connection, id, ArticleIncludes.SectionsOnly, CancellationToken.None);
        Assert.NotEmpty(sections!.Sections!);
        Assert.Equal(JsonSerializer.Serialize(sections, options), Encoding.UTF8.GetString(storedSections));
        Assert.Equal(JsonSerializer.Serialize(sections, options), await _client.GetStringAsync($"/api/v1/articles/{id}?include=sections&unique={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task TheDefaultBodyAndTheSectionsAloneAreServedFromStorageAndOtherIncludesAreComposed()
    {
        const string SectionsMarker = """{"stored":"sections"}""";
        var id = await fixture.StoredArticleAsync(_client);
        await ReplaceStoredBodyAsync(id, StoredBodies.Marker);
        await ReplaceStoredBodyAsync(id, SectionsMarker, column: "sections_body");

        Assert.Equal(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}"));
        Assert.Equal(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/articles/{id}?include=statistics,authors,sections&unique={Guid.NewGuid():N}"));
        Assert.Equal(SectionsMarker, await _client.GetStringAsync($"/api/v1/articles/{id}?include=sections&unique={Guid.NewGuid():N}"));
        var withAuthors = await _client.GetJsonAsync($"/api/v1/articles/{id}?include=authors,sections&unique={Guid.NewGuid():N}");
        Assert.Equal(id, withAuthors.Id());
        Assert.NotNull(withAuthors["sections"]);
        Assert.Null(withAuthors["statistics"]);
    }

    [Fact]
    public async Task AnAnswerOnceReadIsHeldUnderItsRowsRevisionAndReadAgainUnderANewOne()
    {
        var id = await fixture.StoredArticleAsync(_client);
        var body = await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}");
        var sections = await _client.GetStringAsync($"/api/v1/articles/{id}?include=sections&unique={Guid.NewGuid():N}");
        Assert.NotEqual(body, sections);

        // Bytes changed under the same revision, as no writer can change them (the trigger is off for this session
        // only): the service serves each answer it holds, not reading it again.
        await using var connection = await fixture.OpenDatabaseAsync();
        await connection.ExecuteAsync("SET session_replication_role = replica");
        var revision = await connection.QuerySingleAsync<long>("SELECT revision FROM article_bodies WHERE article_id = @id", new { id });
        Assert.Equal(1, await connection.ExecuteAsync("UPDATE article_bodies SET body = @marker, sections_body = @marker WHERE article_id = @id",
            new { id, marker = Encoding.UTF8.GetBytes(StoredBodies.Marker) }));
        Assert.Equal(body, await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}"));
        Assert.Equal(sections, await _client.GetStringAsync($"/api/v1/articles/{id}?include=sections&unique={Guid.NewGuid():N}"));

        // Any write gives the row a new revision, and both answers are read again.
        await connection.ExecuteAsync("SET session_replication_role = DEFAULT");
        await ReplaceStoredBodyAsync(id, StoredBodies.Marker);
        Assert.NotEqual(revision, await connection.QuerySingleAsync<long>("SELECT revision FROM article_bodies WHERE article_id = @id", new { id }));
        Assert.Equal(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}"));
        Assert.Equal(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/articles/{id}?include=sections&unique={Guid.NewGuid():N}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    public async Task AStoredBodyIsSentWhole(string? encoding)
    {
        var id = await fixture.StoredArticleAsync(_client);
        await using var connection = await fixture.OpenDatabaseAsync();
        var stored = await connection.QuerySingleAsync<byte[]>("SELECT body FROM article_bodies WHERE article_id = @id", new { id });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{id}?unique={Guid.NewGuid():N}");
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(encoding));
        }

        var response = await _client.SendAsync(request);
        var sent = await response.Content.ReadAsByteArrayAsync();
        await using Stream decoded = encoding is null ? new MemoryStream(sent) : new System.IO.Compression.GZipStream(new MemoryStream(sent), System.IO.Compression.CompressionMode.Decompress);
        using var received = new MemoryStream();
        await decoded.CopyToAsync(received);

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.SingleOrDefault());
        // The declared length is that of the bytes sent: the stored body's, or the compressed one's, never one for the other.
        Assert.Equal(sent.Length, response.Content.Headers.ContentLength);
        Assert.Equal(stored, received.ToArray());
    }

    [Fact]
    public async Task AChangedArticleIsComposedAtOnceAndStoredAgainAfterwards()
    {
        var id = await fixture.StoredArticleAsync(_client);
        await ReplaceStoredBodyAsync(id, StoredBodies.Marker);
        await ReplaceStoredBodyAsync(id, StoredBodies.Marker, column: "sections_body");
        var statistic = (await _client.GetJsonAsync($"/api/v1/statistics?articleId={id}&pageSize=1")).Items().Single();
        var (_, etag) = await _client.GetStatisticAsync(statistic.Id());

        var patched = await _client.PatchStatisticAsync(statistic.Id(), etag, """{"metric": "改正后的指标", "reason": "a test"}""");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        // The mark made in the correction's transaction keeps the stored markers from being served, before any renderer ran.
        var composed = await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}");
        Assert.NotEqual(StoredBodies.Marker, composed);
        Assert.Contains("改正后的指标", composed);
        Assert.NotEqual(StoredBodies.Marker, await _client.GetStringAsync($"/api/v1/articles/{id}?include=sections&unique={Guid.NewGuid():N}"));

        await fixture.WaitUntilStoredAsync(id);
        await using var connection = await fixture.OpenDatabaseAsync();
        var stored = await connection.QuerySingleAsync<byte[]>("SELECT body FROM article_bodies WHERE article_id = @id", new { id });
        Assert.Contains("改正后的指标", Encoding.UTF8.GetString(stored));
    }

    [Fact]
    public async Task ABodyRenderedBeforeAChangeDoesNotClearTheChangesMark()
    {
        var id = await fixture.StoredArticleAsync(_client);
        await using var connection = await fixture.OpenDatabaseAsync();
        // A renderer read the mark's stamp, then a change was committed while it composed.
        await connection.ExecuteAsync("INSERT INTO article_bodies_due (article_id) VALUES (@id) ON CONFLICT (article_id) DO UPDATE SET stamp = excluded.stamp", new { id });
        var stampReadBefore = await connection.QuerySingleAsync<long>("SELECT stamp FROM article_bodies_due WHERE article_id = @id", new { id });
        await connection.ExecuteAsync("UPDATE statistics SET metric = '并发修改的指标' WHERE article_id = @id AND position = 0", new { id });

        await ArticleBodyRenderer.StoreAsync(connection, id, stampReadBefore, new ArticleBodyRenderer.RenderedBodies(Encoding.UTF8.GetBytes(StoredBodies.Marker), Encoding.UTF8.GetBytes(StoredBodies.Marker)), new StatisticBodies([], [], []), CancellationToken.None);

        Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM article_bodies_due WHERE article_id = @id)", new { id }));
        var served = await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}");
        Assert.NotEqual(StoredBodies.Marker, served);
        Assert.Contains("并发修改的指标", served);
    }

    [Fact]
    public async Task ABodyOfAnotherFormatIsNotServed()
    {
        var id = await fixture.StoredArticleAsync(_client);
        await ReplaceStoredBodyAsync(id, StoredBodies.Marker, format: "an-older-build");

        var served = await _client.GetStringAsync($"/api/v1/articles/{id}?unique={Guid.NewGuid():N}");

        Assert.NotEqual(StoredBodies.Marker, served);
        Assert.Equal(id, JsonDocument.Parse(served).RootElement.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task ADeletedDocumentLeavesNeitherBodiesNorMarks()
    {
        var document = await _client.IngestAsync(Pages.Numbered(41));
        var ids = (await _client.GetJsonAsync($"/api/v1/articles?documentId={document.Id()}")).Items().Select(a => a.Id()).ToArray();
        foreach (var id in ids)
        {
            await fixture.WaitUntilStoredAsync(id);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/documents/{document.Id()}")).StatusCode);

        await using var connection = await fixture.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_bodies WHERE article_id = ANY(@ids)", new { ids }));
        await Eventually.HoldsAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_bodies_due WHERE article_id = ANY(@ids)", new { ids }) == 0, StoredBodies.RendererPatience);
    }

    [Fact]
    public void TheFormatNamesTheContractOfTheBody()
    {
        Assert.Equal(ArticleBodyFormat.Current, ArticleBodyFormat.Of(ApiJsonContext.Default.ArticleDetail, ApiJsonContext.Default.SeriesPoint));
        Assert.NotEqual(ArticleBodyFormat.Current, ArticleBodyFormat.Of(ApiJsonContext.Default.ArticleDetail));
        Assert.NotEqual(ArticleBodyFormat.Current, ArticleBodyFormat.Of(ApiJsonContext.Default.ArticleSummary, ApiJsonContext.Default.SeriesPoint));
        Assert.Matches("^[0-9a-f]{16}$", ArticleBodyFormat.Current);
    }

    private async Task ReplaceStoredBodyAsync(long id, string json, string? format = null, string column = "body")
    {
        await using var connection = await fixture.OpenDatabaseAsync();
        Assert.Equal(1, await connection.ExecuteAsync($"UPDATE article_bodies SET {column} = @body, format = coalesce(@format, format) WHERE article_id = @id",
            new { id, body = Encoding.UTF8.GetBytes(json), format }));
    }
}
