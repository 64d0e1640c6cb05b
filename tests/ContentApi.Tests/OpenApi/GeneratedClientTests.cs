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

        public static class Caller
        {
            public static async Task<(double Value, string Unit, long ArticleId)[]> VolunteerFiguresAsync(HttpClient http)
            {
                var page = await new ContentApiClient(http).ListStatisticsAsync(category: new[] { StatisticCategory.Volunteers });
                return page.Items.Select(s => (s.Value, s.Unit, s.Provenance.ArticleId)).ToArray();
            }

            public static async Task<string> ArticleTitleAsync(HttpClient http, long id) =>
                (await new ContentApiClient(http).GetArticleAsync(id)).Title;
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

    private static Task<T> Invoke<T>(Type type, string method, params object[] arguments) =>
        (Task<T>)type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
}
