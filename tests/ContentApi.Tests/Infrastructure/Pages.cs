using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Tests.Infrastructure;

/// <summary>Made-up pages for the tests, and the calls that put them into the service.</summary>
public static class Pages
{
    public static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_a5e3d1870f42e52b.txt"));

    /// <summary>
    /// A one-article page whose figures depend on <paramref name="n"/>, so every n gives a new document, done by
    /// <paramref name="doer"/>: a street named by no division by default, or a place that the extractor resolves.
    /// </summary>
    public static string Numbered(int n, string doer = "街道") => $"""
        街道志愿服务工作纪实第{n}篇

        ■ 记者 李明

        今年以来，{doer}共开展志愿服务活动{n * 10}余场，参与群众{n}万余人次。

        社区治理持续完善，新建便民服务站{n}个，服务居民{n * 100}户。

        """;

    public static async Task<JsonObject> IngestAsync(this HttpClient client, string text, string? publishedOn = null, string source = "测试日报") =>
        (await client.IngestWithDataVersionAsync(text, publishedOn, source)).Document;

    /// <summary>Ingests a page; returns the stored document and the X-Data-Version that reads its own write.</summary>
    public static async Task<(JsonObject Document, string DataVersion)> IngestWithDataVersionAsync(this HttpClient client, string text, string? publishedOn = null, string source = "测试日报")
    {
        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text, source, publishedOn });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Ingest answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, response.Headers.GetValues("X-Data-Version").Single());
    }

    /// <summary>GETs JSON; with <paramref name="minDataVersion"/>, as a read that must see that write.</summary>
    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url, string? minDataVersion = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (minDataVersion is not null)
        {
            request.Headers.Add("X-Min-Data-Version", minDataVersion);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body}");
        }

        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static IEnumerable<JsonObject> Items(this JsonObject envelope) => envelope["items"]!.AsArray().Select(i => i!.AsObject());

    public static long Id(this JsonObject item) => item["id"]!.GetValue<long>();

    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
}
