using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests.Security;

/// <summary>
/// The catalogue of hostile and broken input: each is sent where input is accepted, and each must get its exact
/// status as problem details, never a 500, and leave the database as it was.
/// </summary>
public sealed class BadInputTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string, HttpStatusCode> Bodies => new()
    {
        { "/api/v1/documents", "application/json", "{\"text\": \"标题", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/json", "{\"text\": [\"标题\"]}", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/json", "\"just a string\"", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/json", "null", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/json", "{\"text\": \"\"}", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/json", "{\"text\": \" \\t\\r\\n\"}", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/json", "{\"text\": \"正文\\u0000\"}", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/json", "{\"text\": \"正文。\", \"publishedOn\": \"2024-02-30\"}", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "application/xml", "<text>标题</text>", HttpStatusCode.UnsupportedMediaType },
        { "/api/v1/documents", "multipart/form-data; boundary=x", "--x--", HttpStatusCode.UnsupportedMediaType },
        { "/api/v1/documents", "text/plain", "   \n\n  ", HttpStatusCode.BadRequest },
        { "/api/v1/documents", "text/plain", "正文\0正文", HttpStatusCode.BadRequest },
        { "/api/v1/documents/preview", "application/json", "{\"text\": ", HttpStatusCode.BadRequest },
        { "/api/v1/documents/preview", "application/json", "{\"text\": 1}", HttpStatusCode.BadRequest },
        { "/api/v1/documents/preview", "application/json", "{\"text\": \"\"}", HttpStatusCode.BadRequest },
        { "/api/v1/documents/preview", "text/csv", "a,b", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task ABrokenBodyGetsItsStatusAndChangesNothing(string url, string contentType, string body, HttpStatusCode expected)
    {
        var before = await SnapshotAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _client.PostAsync(url, content);

        Assert.Equal(expected, response.StatusCode);
        await response.ProblemAsync();
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("/api/v1/documents", "text/plain")]
    [InlineData("/api/v1/documents", "application/json")]
    [InlineData("/api/v1/documents/preview", "text/plain")]
    public async Task InvalidUtf8Is400AndChangesNothing(string url, string contentType)
    {
        var before = await SnapshotAsync();
        byte[] prefix = contentType == "text/plain" ? [] : "{\"text\": \""u8.ToArray();
        byte[] suffix = contentType == "text/plain" ? [] : "\"}"u8.ToArray();
        var content = new ByteArrayContent([.. prefix, 0xE6, 0xA0, 0xC3, 0x28, 0xFF, .. suffix]);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _client.PostAsync(url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413AndChangesNothing()
    {
        var before = await SnapshotAsync();
        var text = new string('字', 1_000_000);

        var response = await _client.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await response.ProblemAsync();
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task APageOfTenThousandParagraphsIsIngested()
    {
        var page = new StringBuilder("社区服务十年纪实\n\n■ 记者 王芳\n\n");
        for (var i = 0; i < 10_000; i++)
        {
            page.Append("第").Append(i).Append("段记述社区服务，志愿者").Append(i % 90 + 10).Append("人参与。\n\n");
        }

        var response = await _client.PostAsync("/api/v1/documents", new StringContent(page.ToString(), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(10_000, document["counts"]!["paragraphs"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnAbsurdlyLargeNumberNeitherOverflowsNorFails()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/documents/preview?explain=true", new { text = "数字测试\n\n全区共有志愿者999999999999999999999999亿人，另有志愿者1e400人。\n" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(page["mentions"]);
    }

    public static TheoryData<string> Injections => new()
    {
        "' OR 1=1 --",
        "'; DROP TABLE statistics; --",
        "\\' UNION SELECT raw_text FROM documents --",
        "%' AND pg_sleep(5) IS NULL --",
        "_%\\",
        "\u0000",
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task InjectionStringsInEveryQueryParameterAreDataNotSql(string injection)
    {
        var before = await SnapshotAsync();
        var value = Uri.EscapeDataString(injection);
        string[] urls =
        [
            $"/api/v1/articles?q={value}", $"/api/v1/articles?source={value}", $"/api/v1/articles?sort={value}", $"/api/v1/articles?fields={value}",
            $"/api/v1/articles?category={value}", $"/api/v1/articles?cursor={value}", $"/api/v1/articles?publishedFrom={value}", $"/api/v1/articles?documentId={value}",
            $"/api/v1/statistics?metric={value}", $"/api/v1/statistics?unit={value}", $"/api/v1/statistics?category={value}", $"/api/v1/statistics?qualifier={value}",
            $"/api/v1/statistics?minValue={value}", $"/api/v1/statistics?sort={value}", $"/api/v1/statistics/metrics?metric={value}",
            $"/api/v1/statistics/categories?unit={value}", $"/api/v1/documents?source={value}", $"/api/v1/articles/1?include={value}",
        ];

        foreach (var url in urls)
        {
            var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url} answered {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.OK && url.Contains("?q="))
            {
                Assert.Empty((await response.Content.ReadFromJsonAsync<JsonObject>())!.Items());
            }
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("/api/v1/articles/0", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/articles/-1", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/articles/9223372036854775807", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/articles/99999999999999999999999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/articles/1%2F..%2F2", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/sections/-5", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/documents/0/text", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/articles?pageSize=1&pageSize=2", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/statistics?minValue=1&minValue=2", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/articles?page=99999999999", HttpStatusCode.BadRequest)]
    public async Task OddIdsPathsAndRepeatedParametersGetAClearAnswer(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task ADeleteOfAHugeOrNegativeIdIsA404()
    {
        var before = await SnapshotAsync();

        var negative = await _client.DeleteAsync("/api/v1/documents/-1");
        var huge = await _client.DeleteAsync("/api/v1/documents/9223372036854775807");

        Assert.Equal(HttpStatusCode.NotFound, negative.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, huge.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task AnOverlongQueryStringIs414()
    {
        var response = await _client.GetAsync("/api/v1/articles?q=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task ResponsesCarrySecurityHeadersAndNoServerBanner()
    {
        var response = await _client.GetAsync("/api/v1/articles");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    private async Task<string> SnapshotAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<string>("""
            SELECT concat_ws('/', (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), (SELECT count(*) FROM sections),
                   (SELECT count(*) FROM paragraphs), (SELECT count(*) FROM statistics), (SELECT version FROM content_version))
            """) ?? "";
    }
}
