using System.Reflection;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.OpenApi;

/// <summary>A client generated from the OpenAPI document, as a third party would make one, calling the running service.</summary>
public sealed class GeneratedClientTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // The third party's code: written against the client the generator makes from the document.
    private const string Caller = """
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace ThirdParty;

        // A merge patch names only what changes: the client leaves out whatever the caller did not set.
        public partial class ContentApiClient
        {
            static partial void UpdateJsonSerializerSettings(System.Text.Json.JsonSerializerOptions settings) =>
                settings.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        }

        public static class Caller
        {
            public static async Task<(double Value, string Unit, long ArticleId)[]> VolunteerFiguresAsync(HttpClient http)
            {
                var page = await new ContentApiClient(http).ListStatisticsAsync(category: new[] { StatisticCategory.Volunteers });
                return page.Items.Select(s => (s.Value, s.Unit, s.Provenance.ArticleId)).ToArray();
            }

            public static async Task<string> ArticleTitleAsync(HttpClient http, long id) =>
                (await new ContentApiClient(http).GetArticleAsync(id)).Title;

            // An editor's client: the ETag of the statistic read, sent back as If-Match with the merge patch.
            public static async Task<string> CorrectMetricAsync(HttpClient http, long id, string metric)
            {
                var read = await http.GetAsync("api/v1/statistics/" + id);
                var corrected = await new ContentApiClient(http).PatchStatisticAsync(id, read.Headers.ETag.ToString(), new StatisticPatch { Metric = metric, Reason = "generated client" });
                return corrected.Metric;
            }

            public static async Task<int> PatchWithAStaleETagAsync(HttpClient http, long id)
            {
                try
                {
                    await new ContentApiClient(http).PatchStatisticAsync(id, "\"" + id + "-999\"", new StatisticPatch { Metric = "过时的修改" });
                    return 200;
                }
                catch (ApiException e)
                {
                    return e.StatusCode;
                }
            }
        }
        """;

    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task AGeneratedClientListsStatisticsByCategoryGetsAnArticleAndSeesA404AsAnApiException()
    {
        var json = await _http.GetStringAsync("/swagger/v1/swagger.json");
        var caller = (await GeneratedClient.BuildAsync(json, Caller)).GetType($"{GeneratedClient.Namespace}.Caller")!;

        var figures = await Invoke<(double Value, string Unit, long ArticleId)[]>(caller, "VolunteerFiguresAsync", _http);
        var volunteers = figures.Single(f => f.Value == 94220);
        var title = await Invoke<string>(caller, "ArticleTitleAsync", _http, volunteers.ArticleId);
        var missing = await Assert.ThrowsAnyAsync<Exception>(() => Invoke<string>(caller, "ArticleTitleAsync", _http, 999_999L));

        Assert.Equal("人", volunteers.Unit);
        Assert.Equal("点燃文明之光 照亮美丽红桥", title);
        Assert.StartsWith("ApiException", missing.GetType().Name);
        Assert.Equal(404, missing.GetType().GetProperty("StatusCode")!.GetValue(missing));
    }

    [Fact]
    public async Task AGeneratedClientPatchesAStatisticWithIfMatchAndSeesA412ForAStaleETag()
    {
        var json = await _http.GetStringAsync("/swagger/v1/swagger.json");
        var caller = (await GeneratedClient.BuildAsync(json, Caller)).GetType($"{GeneratedClient.Namespace}.Caller")!;
        var document = await _http.IngestAsync(Pages.Numbered(31337));
        var id = (await _http.GetJsonAsync($"/api/v1/statistics?documentId={document.Id()}")).Items().First().Id();

        var metric = await Invoke<string>(caller, "CorrectMetricAsync", _http, id, "生成的客户端改的指标");
        var stale = await Invoke<int>(caller, "PatchWithAStaleETagAsync", _http, id);

        Assert.Equal("生成的客户端改的指标", metric);
        Assert.Equal(412, stale);
        Assert.Equal("生成的客户端改的指标", (await _http.GetJsonAsync($"/api/v1/statistics/{id}"))["metric"]!.GetValue<string>());
    }

    private static Task<T> Invoke<T>(Type type, string method, params object[] arguments) =>
        (Task<T>)type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
}
