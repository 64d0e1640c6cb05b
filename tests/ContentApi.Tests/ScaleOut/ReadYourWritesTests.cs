using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.ScaleOut;

public sealed class ReadYourWritesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("yesterday")]
    [InlineData("0/16B3748Z")]
    [InlineData("16B3748")]
    [InlineData("123456789/0")]
    public async Task AMalformedMinDataVersionIsAProblemDetails400(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents");
        request.Headers.Add("X-Min-Data-Version", value);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync())["errors"]!.AsObject().ContainsKey("X-Min-Data-Version"));
    }

    [Fact]
    public async Task AReadOfOnesOwnWriteIsNeverAnsweredFromTheCaches()
    {
        var (_, dataVersion) = await _client.IngestWithDataVersionAsync(Pages.Numbered(9002));
        // Read anonymously, as a public reader does: ASP.NET never output-caches a request that carries credentials.
        var reader = factory.CreateAnonymousClient();
        // Asked twice, the list is stored (SecondRequestAdmission); the third is served from the cache.
        await reader.GetAsync("/api/v1/documents");
        await reader.GetAsync("/api/v1/documents");
        var cached = await reader.GetAsync("/api/v1/documents");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents");
        request.Headers.Add("X-Min-Data-Version", dataVersion);
        request.Headers.TryAddWithoutValidation("If-None-Match", cached.Headers.ETag!.ToString());

        var response = await reader.SendAsync(request);

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        Assert.Contains("X-Min-Data-Version", response.Headers.Vary);
    }

    [Fact]
    public async Task AReadWithTheDataVersionOfAnIngestSeesIt()
    {
        var (document, dataVersion) = await _client.IngestWithDataVersionAsync(Pages.Numbered(9001));

        var read = await _client.GetJsonAsync($"/api/v1/documents/{document.Id()}", dataVersion);

        Assert.Equal(document.Id(), read.Id());
    }
}
