using System.Net;
using System.Net.Http.Headers;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests;

/// <summary>ETags, 304s, output-cache eviction, CORS and compression, as a front end or a CDN meets them.</summary>
public sealed class HttpConventionsTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/statistics?category=volunteers")]
    [InlineData("/api/v1/statistics/metrics")]
    [InlineData("/api/v1/documents")]
    public async Task AGetRepeatedWithItsETagIsAnswered304(string url)
    {
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag;
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag!);

        var response = await _client.SendAsync(again);

        Assert.NotNull(etag);
        Assert.Contains("public", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnArticleHasAnETagToo()
    {
        var id = (await _client.GetJsonAsync("/api/v1/articles?pageSize=1")).Items().First().Id();
        var first = await _client.GetAsync($"/api/v1/articles/{id}");
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{id}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task AnIngestChangesTheETagAndTheCachedList()
    {
        var before = await _client.GetAsync("/api/v1/articles?pageSize=100");
        var totalBefore = (await _client.GetJsonAsync("/api/v1/articles?pageSize=100"))["total"]!.GetValue<long>();

        await _client.IngestAsync(Pages.Numbered(301));
        var after = await _client.GetAsync("/api/v1/articles?pageSize=100");
        var totalAfter = (await _client.GetJsonAsync("/api/v1/articles?pageSize=100"))["total"]!.GetValue<long>();

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(totalBefore + 1, totalAfter);
    }

    [Fact]
    public async Task AnArticleIsServedFromTheOutputCacheUntilTheContentChanges()
    {
        var reader = factory.CreateAnonymousClient();
        var id = (await reader.GetJsonAsync("/api/v1/articles?pageSize=1")).Items().First().Id();
        // The first request of a URL is not stored, the second is (SecondRequestAdmission).
        await reader.GetAsync($"/api/v1/articles/{id}");
        await reader.GetAsync($"/api/v1/articles/{id}");

        var cached = await reader.GetAsync($"/api/v1/articles/{id}");
        await _client.IngestAsync(Pages.Numbered(302));
        var afterChange = await reader.GetAsync($"/api/v1/articles/{id}");

        Assert.NotNull(cached.Headers.Age);
        Assert.Null(afterChange.Headers.Age);
        Assert.NotEqual(cached.Headers.ETag, afterChange.Headers.ETag);
    }

    [Fact]
    public async Task AUrlIsStoredInTheOutputCacheOnlyWhenAskedForTheSecondTime()
    {
        var reader = factory.CreateAnonymousClient();
        var id = (await reader.GetJsonAsync("/api/v1/articles?pageSize=1")).Items().First().Id();
        var url = $"/api/v1/articles/{id}?include=sections&once={Guid.NewGuid():N}";

        var first = await reader.GetAsync(url);
        var second = await reader.GetAsync(url);
        var third = await reader.GetAsync(url);

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(third.Headers.Age);
        Assert.Equal(await second.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANotFoundIsNotCached()
    {
        var response = await _client.GetAsync("/api/v1/articles/999999999");

        Assert.Null(response.Headers.ETag);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task CorsExposesThePagingAndCachingHeaders()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles");
        request.Headers.Add("Origin", "https://dashboard.example");

        var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("ETag", exposed);
        Assert.Contains("Link", exposed);
        Assert.Contains("X-Total-Count", exposed);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ResponsesAreCompressedWhenTheClientAsks(string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/statistics?pageSize=100");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await _client.SendAsync(request);

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
    }
}
