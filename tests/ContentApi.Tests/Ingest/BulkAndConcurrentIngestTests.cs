using System.Text.Json.Nodes;
using ContentApi.Data.Documents;
using ContentApi.Tests.Infrastructure;
using ContentApi.Text;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.Ingest;

/// <summary>
/// The two write paths (the transactional <see cref="DocumentWriter"/> behind the API and the COPY-based
/// <see cref="BulkDocumentWriter"/> of <c>contentapi bench-data</c>) store the same thing, bump the content version
/// once per transaction, and let concurrent ingests overlap.
/// </summary>
public sealed class BulkAndConcurrentIngestTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly DocumentMetadata Metadata = new("测试日报", "https://example.org/page", new DateOnly(2026, 3, 1));

    [Fact]
    public async Task TheBulkWriterStoresWhatTheApiWriterStores()
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        // The sample has two articles, authors, headed sections and statistics: every table the writers fill.
        var viaApiWriter = (await new DocumentWriter(dataSource).IngestAsync(Pages.Sample, PageExtractor.Extract(Pages.Sample), Metadata)).DocumentId;
        var otherText = Pages.Sample.Replace("94220", "94221", StringComparison.Ordinal);
        Assert.Equal(1, await new BulkDocumentWriter(dataSource).IngestAsync([new PageToStore(otherText, PageExtractor.Extract(otherText), Metadata)]));
        var viaBulkWriter = await DocumentIdAsync(dataSource, otherText);

        var client = factory.CreateAnonymousClient();
        var expected = await ArticlesAsync(client, viaApiWriter);
        var actual = await ArticlesAsync(client, viaBulkWriter);

        Assert.Equal(3, expected.Count);
        Assert.Equal(Normalised(expected).Replace("94220", "94221", StringComparison.Ordinal), Normalised(actual));
    }

    [Fact]
    public async Task AKnownPageIsSkippedAndABatchIsOneNewVersion()
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var writer = new BulkDocumentWriter(dataSource);
        var pages = Enumerable.Range(9100, 3).Select(n => Pages.Numbered(n)).Select(t => new PageToStore(t, PageExtractor.Extract(t), Metadata)).ToList();
        var before = await VersionAsync(dataSource);

        Assert.Equal(3, await writer.IngestAsync(pages));
        Assert.Equal(before + 1, await VersionAsync(dataSource));

        // A batch of one known page and one new page (given twice) stores the new page once.
        var text = Pages.Numbered(9103);
        var fresh = new PageToStore(text, PageExtractor.Extract(text), Metadata);
        Assert.Equal(1, await writer.IngestAsync([pages[0], fresh, fresh]));
        Assert.Equal(0, await writer.IngestAsync(pages));
        Assert.Equal(before + 2, await VersionAsync(dataSource));
    }

    [Fact]
    public async Task EveryCommittedChangeIsOneNewVersionAndANoOpIsNone()
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var writer = new DocumentWriter(dataSource);
        var text = Pages.Numbered(9200);
        var version = await VersionAsync(dataSource);

        var created = await writer.IngestAsync(text, PageExtractor.Extract(text), Metadata);
        Assert.Equal(version + 1, await VersionAsync(dataSource));

        await writer.IngestAsync(text, PageExtractor.Extract(text), Metadata);
        Assert.Equal(version + 1, await VersionAsync(dataSource));

        Assert.True((await writer.DeleteAsync(created.DocumentId)).Deleted);
        Assert.Equal(version + 2, await VersionAsync(dataSource));
        Assert.False((await writer.DeleteAsync(created.DocumentId)).Deleted);
        Assert.Equal(version + 2, await VersionAsync(dataSource));
    }

    [Fact]
    public async Task AnIngestDoesNotWaitForAnotherOneStillInProgress()
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var version = await VersionAsync(dataSource);

        // An ingest stopped half-way: its document row is written, its transaction still open.
        await using var slow = await dataSource.OpenConnectionAsync();
        await using var open = await slow.BeginTransactionAsync();
        var slowText = Pages.Numbered(9300);
        await slow.ExecuteAsync(
            "INSERT INTO documents (raw_text, content_hash, extractor_version) VALUES (@slowText, @hash, 'test')",
            new { slowText, hash = DocumentWriter.ContentHash(slowText) }, open);

        // Another ingest must not queue behind it: a lock wait fails it instead of passing unseen.
        await using var impatient = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(factory.ConnectionString) { Options = "-c lock_timeout=3000" }.ConnectionString);
        var text = Pages.Numbered(9301);
        var result = await new DocumentWriter(impatient).IngestAsync(text, PageExtractor.Extract(text), Metadata);

        Assert.True(result.Created);
        Assert.Equal(version + 1, await VersionAsync(dataSource));
        await open.CommitAsync();
        Assert.Equal(version + 2, await VersionAsync(dataSource));
    }

    private static async Task<long> VersionAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT version FROM content_version");
    }

    private static async Task<long> DocumentIdAsync(NpgsqlDataSource dataSource, string text)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT id FROM documents WHERE content_hash = @hash", new { hash = DocumentWriter.ContentHash(text) });
    }

    /// <summary>A document as the API shows it, then each of its articles with authors, sections, paragraphs and statistics.</summary>
    private static async Task<List<JsonObject>> ArticlesAsync(HttpClient client, long documentId)
    {
        var document = await client.GetJsonAsync($"/api/v1/documents/{documentId}");
        var articles = new List<JsonObject> { document };
        foreach (var item in document["articles"]!.AsArray())
        {
            articles.Add(await client.GetJsonAsync($"/api/v1/articles/{item!["id"]}"));
        }

        return articles;
    }

    // Ids, the time of ingest and the hash of the text differ between the two documents by construction; nothing else may.
    private static string Normalised(List<JsonObject> articles)
    {
        var json = new JsonArray(articles.Select(a => (JsonNode)a.DeepClone()).ToArray());
        Strip(json);
        return json.ToJsonString();

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).Where(k => k is "id" or "ingestedAt" or "contentHash" || k.EndsWith("Id", StringComparison.Ordinal)).ToList())
                    {
                        obj.Remove(key);
                    }

                    foreach (var (_, value) in obj)
                    {
                        Strip(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Strip(item);
                    }

                    break;
            }
        }
    }
}
