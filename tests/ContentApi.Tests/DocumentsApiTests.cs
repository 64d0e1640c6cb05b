using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests;

public sealed class DocumentsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSamplePageIsLoadedAtFirstStart()
    {
        var documents = await _client.GetJsonAsync("/api/v1/documents");

        var sample = Assert.Single(documents.Items(), d => d["length"]!.GetValue<int>() == Pages.Sample.Length);
        Assert.Equal(2, sample["counts"]!["articles"]!.GetValue<int>());
        Assert.True(sample["counts"]!["statistics"]!.GetValue<int>() >= 20);
    }

    [Fact]
    public async Task IngestingAPageAnswersCreatedWithItsLocationArticlesAndReport()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(101), source = "测试日报", sourceUrl = "https://example.org/p/101", publishedOn = "2024-03-01" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"/api/v1/documents/{document.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("测试日报", document["source"]!.GetValue<string>());
        Assert.Equal("2024-03-01", document["publishedOn"]!.GetValue<string>());
        Assert.Equal("街道志愿服务工作纪实第101篇", Assert.Single(document["articles"]!.AsArray())!["title"]!.GetValue<string>());
        Assert.NotNull(document["report"]!.AsArray());
        Assert.True(response.Headers.Contains("X-Data-Version"));
    }

    [Fact]
    public async Task TheSameTextAgainAnswersOkWithTheStoredDocumentAndWritesNothing()
    {
        var first = await _client.IngestAsync(Pages.Numbered(102));
        var rowsBefore = await CountRowsAsync();

        var again = await _client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(102), source = "另一家报纸" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.Id(), (await again.Content.ReadFromJsonAsync<JsonObject>())!.Id());
        Assert.Equal(rowsBefore, await CountRowsAsync());
    }

    [Fact]
    public async Task APlainTextBodyTakesItsMetadataFromTheQueryString()
    {
        var content = new StringContent(Pages.Numbered(103), Encoding.UTF8, "text/plain");

        var response = await _client.PostAsync("/api/v1/documents?source=%E6%99%9A%E6%8A%A5&publishedOn=2024-02-02", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("晚报", document["source"]!.GetValue<string>());
        Assert.Equal("2024-02-02", document["publishedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task APageWithNoTitleIsStoredWithAnUntitledArticle()
    {
        const string text = "今年以来，社区共组织志愿服务活动120余场，参与居民3000余人次。\n\n下一步，社区将继续完善服务机制。\n";

        var response = await _client.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var article = Assert.Single(document["articles"]!.AsArray())!;
        Assert.Null(article["title"]);
        Assert.Contains(document["report"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "missing-title");
        var statistics = await _client.GetJsonAsync($"/api/v1/statistics?documentId={document.Id()}");
        Assert.Contains(statistics.Items(), s => s["value"]!.GetValue<decimal>() == 120m);
    }

    [Fact]
    public async Task TwentyConcurrentIngestsOfOnePageMakeOneDocument()
    {
        var text = Pages.Numbered(104);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _client.PostAsJsonAsync("/api/v1/documents", new { text })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonObject>())!.Id()));
        Assert.Single(ids.Distinct());
        await using var connection = await factory.OpenDatabaseAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents WHERE content_hash = sha256(convert_to(@text, 'UTF8'))", new { text }));
    }

    [Fact]
    public async Task TheRawTextComesBackExactlyAsSent()
    {
        var text = "\uFEFF" + Pages.Numbered(105).Replace("\n", "\r\n");
        var document = await _client.IngestAsync(text);

        var response = await _client.GetAsync($"/api/v1/documents/{document.Id()}/text");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(Encoding.UTF8.GetBytes(text), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AStatisticsOffsetsPointAtItsTextInTheRawPage()
    {
        var document = await _client.IngestAsync(Pages.Numbered(106));
        var text = await _client.GetStringAsync($"/api/v1/documents/{document.Id()}/text");

        var statistics = await _client.GetJsonAsync($"/api/v1/statistics?documentId={document.Id()}");

        Assert.NotEmpty(statistics.Items());
        foreach (var statistic in statistics.Items())
        {
            var start = statistic["start"]!.GetValue<int>();
            var end = statistic["end"]!.GetValue<int>();
            Assert.Equal(statistic["text"]!.GetValue<string>(), text[start..end]);
        }
    }

    [Fact]
    public async Task GettingADocumentShowsItsCountsAndArticles()
    {
        var created = await _client.IngestAsync(Pages.Numbered(107));

        var document = await _client.GetJsonAsync($"/api/v1/documents/{created.Id()}");

        Assert.Equal(1, document["counts"]!["articles"]!.GetValue<int>());
        Assert.Equal(1, document["counts"]!["sections"]!.GetValue<int>());
        Assert.Equal(2, document["counts"]!["paragraphs"]!.GetValue<int>());
        Assert.Equal(64, document["contentHash"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task DeletingADocumentRemovesEverythingDerivedFromIt()
    {
        var document = await _client.IngestAsync(Pages.Numbered(108));
        var rowsBefore = await CountRowsAsync();

        var response = await _client.DeleteAsync($"/api/v1/documents/{document.Id()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/documents/{document.Id()}")).StatusCode);
        await using var connection = await factory.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles WHERE document_id = @id", new { id = document.Id() }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM statistics WHERE document_id = @id", new { id = document.Id() }));
        Assert.True(await CountRowsAsync() < rowsBefore);
    }

    [Fact]
    public async Task DeletingAMissingDocumentIsAProblem404()
    {
        var response = await _client.DeleteAsync("/api/v1/documents/999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ProblemAsync())["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task APreviewParsesAndExplainsWithoutStoringAnything()
    {
        var rowsBefore = await CountRowsAsync();

        var response = await _client.PostAsJsonAsync("/api/v1/documents/preview?explain=true", new { text = Pages.Sample });

        response.EnsureSuccessStatusCode();
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, page["articles"]!.AsArray().Count);
        Assert.Contains(page["articles"]![1]!["statistics"]!.AsArray(), s => s!["value"]!.GetValue<decimal>() == 94220m);
        Assert.Contains(page["mentions"]!.AsArray(), m => m!["decision"]!.GetValue<string>() == "date");
        Assert.Equal(rowsBefore, await CountRowsAsync());
    }

    [Theory]
    [InlineData("{\"text\": \"\"}", "text")]
    [InlineData("{\"text\": \"   \\n\\u3000 \"}", "text")]
    [InlineData("{\"source\": \"只有来源\"}", "text")]
    [InlineData("{\"text\": \"正文\\u0000内容\"}", "text")]
    [InlineData("{\"text\": \"正文。\", \"sourceUrl\": \"javascript:alert(1)\"}", "sourceUrl")]
    public async Task AnInvalidDocumentIsAValidationProblemAndNothingIsStored(string body, string field)
    {
        var rowsBefore = await CountRowsAsync();

        var response = await _client.PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync())["errors"]!.AsObject().ContainsKey(field));
        Assert.Equal(rowsBefore, await CountRowsAsync());
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": 42}")]
    [InlineData("{\"text\": \"x\", \"publishedOn\": \"yesterday\"}")]
    public async Task MalformedJsonIsAProblem400(string body)
    {
        var response = await _client.PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task InvalidUtf8IsAProblem400()
    {
        var content = new ByteArrayContent([0xE4, 0xB8, 0x2C, 0xFF, 0xFE]);
        content.Headers.ContentType = new("text/plain");

        var response = await _client.PostAsync("/api/v1/documents", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task AnUnsupportedMediaTypeIsAProblem415()
    {
        var response = await _client.PostAsync("/api/v1/documents", new StringContent("<page/>", Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task AnInvalidPublicationDateInTheQueryIsAValidationProblem()
    {
        var response = await _client.PostAsync("/api/v1/documents?publishedOn=2024-13-45", new StringContent("标题\n\n正文。", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync())["errors"]!.AsObject().ContainsKey("publishedOn"));
    }

    [Fact]
    public async Task DocumentsPageByCursorAsByNumber()
    {
        for (var n = 110; n < 114; n++)
        {
            await _client.IngestAsync(Pages.Numbered(n));
        }

        var byNumber = new List<long>();
        for (var page = 1; ; page++)
        {
            var items = (await _client.GetJsonAsync($"/api/v1/documents?pageSize=2&page={page}")).Items().Select(Pages.Id).ToList();
            if (items.Count == 0)
            {
                break;
            }

            byNumber.AddRange(items);
        }

        var byCursor = new List<long>();
        var url = "/api/v1/documents?pageSize=2";
        while (url is not null)
        {
            var envelope = await _client.GetJsonAsync(url);
            byCursor.AddRange(envelope.Items().Select(Pages.Id));
            url = envelope["nextCursor"]?.GetValue<string>() is { } cursor ? $"/api/v1/documents?pageSize=2&cursor={cursor}" : null;
        }

        Assert.Equal(byNumber, byCursor);
        Assert.Equal(byNumber.OrderDescending(), byNumber);
    }

    private async Task<long> CountRowsAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("""
            SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM authors)
                 + (SELECT count(*) FROM sections) + (SELECT count(*) FROM paragraphs) + (SELECT count(*) FROM statistics)
            """);
    }
}
