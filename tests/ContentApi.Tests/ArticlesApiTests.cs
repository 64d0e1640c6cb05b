using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Articles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests;

/// <summary>The article endpoints over the sample page and a few dated pages of their own.</summary>
public sealed class ArticlesApiTests(ArticlesApiTests.Fixture fixture) : IClassFixture<ArticlesApiTests.Fixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    public sealed class Fixture : ContentApiFactory
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var client = CreateClient();
            for (var n = 1; n <= 5; n++)
            {
                await client.IngestAsync(Pages.Numbered(n), publishedOn: $"2024-0{n}-15", source: n % 2 == 0 ? "晚报" : "日报");
            }
        }
    }

    [Fact]
    public async Task ArticlesListNewestFirstWithTotalAndPagingHeaders()
    {
        var response = await _client.GetAsync("/api/v1/articles?pageSize=3");
        var envelope = await _client.GetJsonAsync("/api/v1/articles?pageSize=3");

        Assert.Equal(7, envelope["total"]!.GetValue<long>());
        Assert.Equal(1, envelope["page"]!.GetValue<int>());
        Assert.Equal(3, envelope["pageSize"]!.GetValue<int>());
        var dates = envelope.Items().Select(a => a["publishedOn"]?.GetValue<string>()).ToList();
        Assert.Equal(["2024-05-15", "2024-04-15", "2024-03-15"], dates);
        Assert.Equal("7", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task AnArticleIsWrittenByteForByteAsTheApisJsonOptionsWriteIt()
    {
        var id = (await _client.GetJsonAsync("/api/v1/articles?pageSize=1")).Items().First().Id();

        var body = await _client.GetStringAsync($"/api/v1/articles/{id}?exact={Guid.NewGuid():N}");

        using var scope = fixture.Services.CreateScope();
        var article = await scope.ServiceProvider.GetRequiredService<ArticleStore>().FindAsync(id, new ArticleIncludes(true, true, true), CancellationToken.None);
        var options = fixture.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Assert.NotNull(article?.Statistics);
        Assert.Equal(JsonSerializer.Serialize(article, options), body);
    }

    [Fact]
    public async Task TheLastPageHasNoNextCursorAndAPageBeyondItIsEmpty()
    {
        var last = await _client.GetJsonAsync("/api/v1/articles?pageSize=3&page=3");
        var beyond = await _client.GetJsonAsync("/api/v1/articles?pageSize=3&page=4");

        Assert.Single(last.Items());
        Assert.Null(last["nextCursor"]);
        Assert.Empty(beyond.Items());
        Assert.Equal(7, beyond["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("-publishedOn")]
    [InlineData("publishedOn")]
    [InlineData("title")]
    public async Task PagingByCursorVisitsTheSameArticlesAsPagingByNumber(string sort)
    {
        var byNumber = new List<long>();
        for (var page = 1; page <= 4; page++)
        {
            byNumber.AddRange((await _client.GetJsonAsync($"/api/v1/articles?sort={sort}&pageSize=2&page={page}")).Items().Select(Pages.Id));
        }

        var byCursor = new List<long>();
        string? cursor = null;
        do
        {
            var envelope = await _client.GetJsonAsync($"/api/v1/articles?sort={sort}&pageSize=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            byCursor.AddRange(envelope.Items().Select(Pages.Id));
            cursor = envelope["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(7, byCursor.Count);
        Assert.Equal(byNumber, byCursor);
    }

    [Fact]
    public async Task SearchFindsAChineseSubstringAndHighlightsIt()
    {
        var envelope = await _client.GetJsonAsync("/api/v1/articles?q=%E5%BF%97%E6%84%BF%E6%9C%8D%E5%8A%A1%E9%98%9F&sort=relevance");

        var first = envelope.Items().First();
        Assert.Equal("点燃文明之光 照亮美丽红桥", first["title"]!.GetValue<string>());
        Assert.Contains("<mark>志愿服务队</mark>", first["snippet"]!.GetValue<string>());
        Assert.All(envelope.Items(), a => Assert.Contains("<mark>", a["snippet"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SearchInDateOrderFindsWhatRelevanceFindsWithTheSameSnippets()
    {
        // By relevance the word is matched through the trigram indexes; in date order, where every word of this small
        // archive is common, in each text read (TextMatch.Scan). Both must find the same articles and excerpts.
        const string Word = "%E5%BF%97%E6%84%BF"; // 志愿
        var byRelevance = await _client.GetJsonAsync($"/api/v1/articles?q={Word}&sort=relevance&pageSize=100");
        var byDate = await _client.GetJsonAsync($"/api/v1/articles?q={Word}&pageSize=100");

        static Dictionary<long, string> SnippetsOf(JsonObject envelope) =>
            envelope.Items().ToDictionary(Pages.Id, a => a["snippet"]!.GetValue<string>());
        Assert.True(byDate.Items().Count() > 1);
        Assert.Equal(SnippetsOf(byRelevance), SnippetsOf(byDate));
        Assert.All(byDate.Items(), a => Assert.Contains("<mark>志愿</mark>", a["snippet"]!.GetValue<string>()));
        Assert.Equal(byRelevance["total"]!.GetValue<long>(), byDate["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task SearchTreatsLikeWildcardsAsText()
    {
        var envelope = await _client.GetJsonAsync("/api/v1/articles?q=%25%E5%B9%B4_");

        Assert.Empty(envelope.Items());
    }

    [Fact]
    public async Task FiltersBySourceDateRangeDocumentAndCategory()
    {
        var evening = await _client.GetJsonAsync("/api/v1/articles?source=%E6%99%9A%E6%8A%A5");
        var spring = await _client.GetJsonAsync("/api/v1/articles?publishedFrom=2024-02-01&publishedTo=2024-03-31");
        var honorees = await _client.GetJsonAsync("/api/v1/articles?category=honorees");
        var documentId = evening.Items().First()["documentId"]!.GetValue<long>();
        var ofDocument = await _client.GetJsonAsync($"/api/v1/articles?documentId={documentId}");

        Assert.Equal(2, evening["total"]!.GetValue<long>());
        Assert.Equal(["2024-03-15", "2024-02-15"], spring.Items().Select(a => a["publishedOn"]!.GetValue<string>()));
        Assert.Equal("点燃文明之光 照亮美丽红桥", Assert.Single(honorees.Items())["title"]!.GetValue<string>());
        Assert.Equal(documentId, Assert.Single(ofDocument.Items())["documentId"]!.GetValue<long>());
    }

    [Fact]
    public async Task SparseFieldsReturnOnlyTheNamedFields()
    {
        var envelope = await _client.GetJsonAsync("/api/v1/articles?fields=id,title");

        Assert.All(envelope.Items(), a => Assert.Equal(["id", "title"], a.Select(p => p.Key).Order()));
        Assert.Equal(7, envelope["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task AnArticleComesWithAuthorsSectionsParagraphsAndStatistics()
    {
        var id = await SampleArticleIdAsync();

        var article = await _client.GetJsonAsync($"/api/v1/articles/{id}");

        Assert.Equal("红桥区创建文明城区工作综述", article["subtitle"]!.GetValue<string>());
        Assert.Equal("姚皓宇", article["authors"]![0]!["name"]!.GetValue<string>());
        Assert.Equal([null, "全民齐参与 共育文明新风", "城区焕活力 共享文明成果", "榜样作先锋 共聚文明力量"],
            article["sections"]!.AsArray().Select(s => s!["heading"]?.GetValue<string>()));
        Assert.Contains(article["statistics"]!.AsArray(), s => s!["value"]!.GetValue<decimal>() == 955m && s["unit"]!.GetValue<string>() == "支");
    }

    [Fact]
    public async Task IncludeChoosesWhatAnArticleEmbeds()
    {
        var id = await SampleArticleIdAsync();

        var article = await _client.GetJsonAsync($"/api/v1/articles/{id}?include=authors");

        Assert.NotNull(article["authors"]);
        Assert.Null(article["sections"]);
        Assert.Null(article["statistics"]);
    }

    [Fact]
    public async Task SectionsCanBeReadThroughTheirArticleAndAlone()
    {
        var id = await SampleArticleIdAsync();

        var sections = (await _client.GetAsync($"/api/v1/articles/{id}/sections")).Content.ReadAsStringAsync();
        var list = System.Text.Json.Nodes.JsonNode.Parse(await sections)!.AsArray();
        var sectionId = list[1]!["id"]!.GetValue<long>();
        var section = await _client.GetJsonAsync($"/api/v1/sections/{sectionId}");

        Assert.Equal(4, list.Count);
        Assert.Equal("全民齐参与 共育文明新风", section["heading"]!.GetValue<string>());
        Assert.Equal(7, section["paragraphs"]!.AsArray().Count);
        Assert.Contains(section["statistics"]!.AsArray(), s => s!["value"]!.GetValue<decimal>() == 94220m);
    }

    [Theory]
    [InlineData("/api/v1/articles/999999999")]
    [InlineData("/api/v1/articles/999999999/sections")]
    [InlineData("/api/v1/sections/999999999")]
    public async Task AMissingArticleOrSectionIsAProblem404(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ProblemAsync();
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=popularity", "sort")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("category=weather", "category")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("publishedFrom=2024-05-01&publishedTo=2024-01-01", "publishedTo")]
    [InlineData("publishedFrom=last-week", "publishedFrom")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("fields=id,password", "fields")]
    [InlineData("documentId=-1", "documentId")]
    public async Task AnInvalidQueryIsAValidationProblemNamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/v1/articles?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync())["errors"]!.AsObject().ContainsKey(parameter));
    }

    [Fact]
    public async Task ACursorMadeForAnotherSortIsRejected()
    {
        var cursor = (await _client.GetJsonAsync("/api/v1/articles?pageSize=1&sort=title"))["nextCursor"]!.GetValue<string>();

        var response = await _client.GetAsync($"/api/v1/articles?pageSize=1&sort=publishedOn&cursor={cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownQueryParametersAreIgnored()
    {
        var response = await _client.GetAsync("/api/v1/articles?utm_source=newsletter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<long> SampleArticleIdAsync() =>
        (await _client.GetJsonAsync("/api/v1/articles?q=%E7%82%B9%E7%87%83%E6%96%87%E6%98%8E")).Items().First().Id();
}
