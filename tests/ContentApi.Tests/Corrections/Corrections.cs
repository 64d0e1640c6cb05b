using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Corrections;

/// <summary>The calls an editor's client makes: a statistic with its ETag, a merge patch under If-Match, an added figure.</summary>
internal static class Corrections
{
    public const string MergePatch = "application/merge-patch+json";

    public static async Task<(JsonObject Statistic, string ETag)> GetStatisticAsync(this HttpClient client, long id)
    {
        var response = await client.GetAsync($"/api/v1/statistics/{id}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject(), response.Headers.ETag!.ToString());
    }

    public static Task<HttpResponseMessage> PatchStatisticAsync(this HttpClient client, long id, string? etag, string json, string mediaType = MergePatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/statistics/{id}") { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> AddStatisticAsync(this HttpClient client, long articleId, object body) =>
        client.PostAsync($"/api/v1/articles/{articleId}/statistics", new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    /// <summary>The statistics of a document, rejected ones included, in reading order.</summary>
    public static async Task<List<JsonObject>> StatisticsOfAsync(this HttpClient client, long documentId) =>
        (await client.GetJsonAsync($"/api/v1/statistics?documentId={documentId}&status=all&pageSize=100")).Items().ToList();

    public static async Task<JsonArray> RevisionsAsync(this HttpClient client, long id) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/v1/statistics/{id}/revisions"))!.AsArray();

    public static MediaTypeHeaderValue MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType!;
}

/// <summary>The service for editors' tests, which write far more than the default budget of 60 writes a minute.</summary>
public sealed class CorrectionsFactory : ContentApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimiting:Writes:PermitLimit", "100000")];
}
