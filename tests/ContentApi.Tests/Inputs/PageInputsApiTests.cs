using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests.Inputs;

public sealed class PageInputsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSamplePageAsAColumnedPdfParsesIntoTheArticlesAndStatisticsOfItsText()
    {
        var fromText = await _client.PreviewAsync(new StringContent(Pages.Sample, Encoding.UTF8, "text/plain"));

        var fromPdf = await _client.PreviewAsync(InputPages.Body(InputPages.SamplePdf, "application/pdf"));

        Assert.Equal(InputPages.Titles(fromText), InputPages.Titles(fromPdf));
        Assert.Equal(InputPages.StatisticKeys(fromText), InputPages.StatisticKeys(fromPdf));
        Assert.True(InputPages.StatisticKeys(fromPdf).Count >= 20);
    }

    [Fact]
    public async Task APdfIsStoredAsItsPlainTextWithItsBytesKeptAndEveryOffsetInThatText()
    {
        var response = await _client.PostAsync("/api/v1/documents?source=%E7%BA%A2%E6%A1%A5%E6%8A%A5", InputPages.Body(InputPages.SamplePdf, "application/pdf"));

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!.Id();
        var original = await _client.GetAsync($"/api/v1/documents/{id}/original");
        Assert.Equal("application/pdf", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(InputPages.SamplePdf, await original.Content.ReadAsByteArrayAsync());
        var text = await _client.GetStringAsync($"/api/v1/documents/{id}/text");
        Assert.StartsWith("中共天津市红桥区委十二届八次全会暨区委经济工作会议召开\n\n", text);
        var statistics = await _client.GetJsonAsync($"/api/v1/statistics?documentId={id}&pageSize=100");
        Assert.NotEmpty(statistics.Items());
        Assert.All(statistics.Items(), s => Assert.Equal(s["text"]!.GetValue<string>(), text[s["start"]!.GetValue<int>()..s["end"]!.GetValue<int>()]));
    }

    [Fact]
    public async Task AnHtmlPageGivesItsHeadlineAndArticleTextWithoutNavigationAdsOrFooter()
    {
        var response = await _client.PostAsync("/api/v1/documents", InputPages.Body(InputPages.Page("hubei-soil-conservation.html"), "text/html"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var text = await _client.GetStringAsync($"/api/v1/documents/{document.Id()}/text");
        Assert.StartsWith("湖北印发实施意见加强新时代水土保持工作\n\n随县高家冲生态清洁小流域治理现场。湖北日报讯 （记者艾红霞、通讯员卢继苟）", text);
        Assert.Contains("新增水土流失治理面积4800平方公里", text);
        // Character references are decoded, full-width punctuation kept as it is.
        Assert.Contains("“一库净水北送、一江清水东流”", text);
        foreach (var furniture in new[] { "首页", "登录", "时政", "搜索", "广告", "热点新闻", "高温红色预警", "相关阅读", "分享到", "版权所有", "ICP", "举报", "责任编辑" })
        {
            Assert.DoesNotContain(furniture, text);
        }

        Assert.Equal("湖北印发实施意见加强新时代水土保持工作", Assert.Single(document["articles"]!.AsArray())!["title"]!.GetValue<string>());
        var statistics = await _client.GetJsonAsync($"/api/v1/statistics?documentId={document.Id()}&pageSize=100");
        Assert.Contains(statistics.Items(), s => s["value"]!.GetValue<decimal>() == 4800m && s["unit"]!.GetValue<string>() == "平方公里");
        var original = await _client.GetAsync($"/api/v1/documents/{document.Id()}/original");
        Assert.Equal("text/html", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(InputPages.Page("hubei-soil-conservation.html"), await original.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AGbkPageIsReadInTheEncodingItsMetaTagDeclares()
    {
        var parse = await _client.PreviewAsync(InputPages.Body(InputPages.Page("huanggang-procuratorate-gbk.html"), "text/html"));

        Assert.Equal("黄冈检察护航法治化营商环境", Assert.Single(InputPages.Titles(parse)));
        var paragraphs = parse["articles"]![0]!["sections"]!.AsArray().SelectMany(s => s!["paragraphs"]!.AsArray()).Select(p => p!["text"]!.GetValue<string>()).ToList();
        Assert.Contains(paragraphs, p => p.Contains("上半年黄冈检察机关共受理侵犯知识产权审查起诉案件11件23人"));
    }

    [Fact]
    public async Task AJsonBodyMayCarryThePageAsHtml()
    {
        var html = Encoding.UTF8.GetString(InputPages.Page("hubei-soil-conservation.html")).Replace("4800平方公里", "4900平方公里");

        var response = await _client.PostAsJsonAsync("/api/v1/documents", new { html, source = "湖北日报", publishedOn = "2023-08-18" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!.Id();
        Assert.Contains("新增水土流失治理面积4900平方公里", await _client.GetStringAsync($"/api/v1/documents/{id}/text"));
        var original = await _client.GetAsync($"/api/v1/documents/{id}/original");
        Assert.Equal("text/html; charset=utf-8", original.Content.Headers.ContentType!.ToString());
        Assert.Equal(html, await original.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APageSentAsTextIsItsOwnOriginal()
    {
        var document = await _client.IngestAsync(Pages.Numbered(1701));

        var original = await _client.GetAsync($"/api/v1/documents/{document.Id()}/original");

        Assert.Equal("text/plain", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pages.Numbered(1701), await original.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TextAndHtmlTogetherAreRefused()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(1702), html = "<p>x</p>" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("html", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
    }

    public static TheoryData<string, string, int, string> BadPages => new()
    {
        { "encrypted-with-password.pdf", "application/pdf", 422, "encrypted-pdf" },
        { "scanned-no-text-layer.pdf", "application/pdf", 422, "no-text-layer" },
        { "truncated", "application/pdf", 400, "truncated-pdf" },
        { "portal-front-page.html", "application/pdf", 400, "wrong-media-type" },
        { "not-a-pdf", "application/pdf", 400, "not-pdf" },
        { "portal-front-page.html", "text/html", 422, "no-main-text" },
        { "sample.pdf", "text/html", 400, "wrong-media-type" },
        { "sample.pdf", "text/plain", 400, "wrong-media-type" },
        { "hubei-soil-conservation.html", "text/plain", 400, "wrong-media-type" },
    };

    [Theory]
    [MemberData(nameof(BadPages))]
    public async Task APageThatCannotBeReadIsAProblemThatSaysWhyAndNothingIsStored(string page, string declared, int status, string reason)
    {
        var bytes = page switch
        {
            "truncated" => InputPages.SamplePdf[..(InputPages.SamplePdf.Length / 2)],
            "not-a-pdf" => Encoding.UTF8.GetBytes(Pages.Numbered(1703)),
            "sample.pdf" => InputPages.SamplePdf,
            _ => InputPages.Page(page),
        };
        var documentsBefore = await CountDocumentsAsync();

        var response = await _client.PostAsync("/api/v1/documents", InputPages.Body(bytes, declared));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(reason, problem["reason"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]!.GetValue<string>()));
        Assert.Equal(documentsBefore, await CountDocumentsAsync());
    }

    private async Task<long> CountDocumentsAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM documents");
    }
}
