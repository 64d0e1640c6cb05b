using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Filter = ContentApi.Tests.Infrastructure.QueryFilter<ContentApi.Tests.ArticleFilterCombinationTests.Article>;

namespace ContentApi.Tests;

/// <summary>
/// The articles list builds its WHERE clause from the filters a request gives. Every filter alone and every pair of
/// them must select exactly the articles that the filter's meaning selects, newest first, with the right total, by
/// page number and by cursor under every sort.
/// </summary>
public sealed class ArticleFilterCombinationTests(ArticleFilterCombinationTests.Fixture fixture) : IClassFixture<ArticleFilterCombinationTests.Fixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    /// <summary>The sample page and pages of two areas (红桥区 in Tianjin, 海淀区 in Beijing), sources and dates.</summary>
    public sealed class Fixture : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimiting:Reads:PermitLimit", "100000")];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var client = CreateClient();
            string[] places = ["%E7%BA%A2%E6%A1%A5%E5%8C%BA", "%E6%B5%B7%E6%B7%80%E5%8C%BA"];
            for (var n = 1; n <= 4; n++)
            {
                var source = Uri.EscapeDataString(n % 2 == 0 ? "晚报" : "日报");
                var response = await client.PostAsync($"/api/v1/documents?source={source}&publishedOn=2024-0{n}-15&place={places[n / 3]}",
                    new StringContent(Pages.Numbered(n), Encoding.UTF8, "text/plain"));
                response.EnsureSuccessStatusCode();
            }
        }
    }

    /// <summary>An article as the list shows it, with what its filters look at: its body and its accepted statistics.</summary>
    internal sealed record Article(JsonObject Summary, string Text, List<JsonObject> Statistics)
    {
        public long Id => Summary.Id();

        public string? Field(string name) => Summary[name]?.GetValue<string>();
    }

    [Fact]
    public async Task EveryFilterAndEveryPairSelectTheArticlesItsMeaningSelects()
    {
        var (all, filters) = await ArchiveAndFiltersAsync();

        foreach (var combination in Filter.AloneAndInPairs(filters))
        {
            await AssertSelectsAsync(all, combination);
        }
    }

    [Fact]
    public async Task EveryFilterPagesByCursorAsByNumberUnderEachSort()
    {
        var (_, filters) = await ArchiveAndFiltersAsync();
        foreach (var filter in filters)
        {
            var sorts = filter.Names.Contains("q") ? ["-publishedOn", "publishedOn", "title", "relevance"] : new[] { "-publishedOn", "publishedOn", "title" };
            foreach (var sort in sorts)
            {
                var url = $"/api/v1/articles?{filter.Query}&sort={sort}&pageSize=2";
                var byNumber = (await _client.GetJsonAsync($"/api/v1/articles?{filter.Query}&sort={sort}&pageSize=100")).Items().Select(Pages.Id).ToList();
                var byCursor = new List<long>();
                string? cursor = null;
                do
                {
                    var envelope = await _client.GetJsonAsync(url + (cursor is null ? "" : $"&cursor={cursor}"));
                    byCursor.AddRange(envelope.Items().Select(Pages.Id));
                    cursor = envelope["nextCursor"]?.GetValue<string>();
                }
                while (cursor is not null);

                Assert.True(byNumber.SequenceEqual(byCursor), $"{filter.Query} sorted by {sort}: expected [{string.Join(",", byNumber)}], got [{string.Join(",", byCursor)}]");
            }
        }
    }

    private async Task AssertSelectsAsync(List<Article> all, Filter[] filters)
    {
        var query = string.Join("&", filters.Select(f => f.Query));
        var expected = all.Where(a => filters.All(f => f.Selects(a))).Select(a => a.Id).ToList();

        var envelope = await _client.GetJsonAsync($"/api/v1/articles?{query}&pageSize=100");

        Assert.True(expected.SequenceEqual(envelope.Items().Select(Pages.Id)), $"{query}: expected [{string.Join(",", expected)}], got [{string.Join(",", envelope.Items().Select(Pages.Id))}]");
        Assert.Equal(expected.Count, envelope["total"]!.GetValue<long>());
        if (expected.Count > 1)
        {
            var second = await _client.GetJsonAsync($"/api/v1/articles?{query}&pageSize=1&page=2");
            Assert.Equal(expected[1], second.Items().Single().Id());
        }
    }

    /// <summary>Every article, newest first as the list is by default, and a filter per parameter whose value comes from them, each selecting some and not all.</summary>
    private async Task<(List<Article> All, List<Filter> Filters)> ArchiveAndFiltersAsync()
    {
        var all = new List<Article>();
        foreach (var summary in (await _client.GetJsonAsync("/api/v1/articles?pageSize=100")).Items())
        {
            var detail = await _client.GetJsonAsync($"/api/v1/articles/{summary.Id()}");
            // The body the search reads is the article's paragraphs joined by newlines.
            var text = string.Join("\n", detail["sections"]!.AsArray().SelectMany(s => s!["paragraphs"]!.AsArray()).Select(p => p!["text"]!.GetValue<string>()));
            all.Add(new Article(summary, text, detail["statistics"]!.AsArray().Select(s => s!.AsObject()).ToList()));
        }

        Assert.True(all.Count is >= 5 and < 100, $"{all.Count} articles: the test needs one page of them");
        var dated = all.Where(a => a.Field("publishedOn") is not null).Select(a => a.Field("publishedOn")!).Order(StringComparer.Ordinal).ToList();
        var middle = dated[dated.Count / 2];
        var categories = all.SelectMany(a => a.Statistics.Select(s => s["category"]!.GetValue<string>()).Distinct())
            .GroupBy(c => c).OrderBy(g => g.Count()).Select(g => g.Key).ToList();
        var codes = all.SelectMany(a => a.Statistics).Select(Code).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var county = codes.First(c => c.Length >= 6)[..6];
        var filters = new List<Filter>
        {
            new($"documentId={all[0].Summary["documentId"]}", a => a.Summary["documentId"]!.GetValue<long>() == all[0].Summary["documentId"]!.GetValue<long>()),
            new($"source={Uri.EscapeDataString("晚报")}", a => a.Field("source") == "晚报"),
            new($"publishedFrom={middle}", a => string.CompareOrdinal(a.Field("publishedOn"), middle) >= 0 && a.Field("publishedOn") is not null),
            new($"publishedTo={middle}", a => a.Field("publishedOn") is { } d && string.CompareOrdinal(d, middle) <= 0),
            new($"category={categories[0]}", a => a.Statistics.Any(s => s["category"]!.GetValue<string>() == categories[0])),
            new($"q={Uri.EscapeDataString("便民服务站")}", a => (a.Field("title") ?? "").Contains("便民服务站", StringComparison.Ordinal) || a.Text.Contains("便民服务站", StringComparison.Ordinal)),
            // A province, a prefecture and a county (an equality on the code's prefix), and a prefix of no level (a range).
            PlaceFilter(county[..2]),
            PlaceFilter(county[..4]),
            PlaceFilter(county),
            PlaceFilter(county[..3]),
        };
        foreach (var filter in filters)
        {
            var selected = all.Count(filter.Selects);
            Assert.True(selected > 0 && selected < all.Count, $"{filter.Query} selects {selected} of {all.Count}: the test's data should give it some articles and not all");
        }

        return (all, filters);

        Filter PlaceFilter(string code) => new($"place={code}", a => a.Statistics.Any(s => Code(s)?.StartsWith(code, StringComparison.Ordinal) == true));
    }

    private static string? Code(JsonObject statistic) => statistic["place"] is JsonObject place ? place["code"]!.GetValue<string>() : null;
}
