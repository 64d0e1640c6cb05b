using System.Text.Json.Nodes;
using ContentApi.Data.Documents;
using ContentApi.Tests.Infrastructure;
using ContentApi.Text;
using Dapper;
using Npgsql;

namespace ContentApi.Tests;

/// <summary>Figures in titles and headings are stored and served with the article (and the section) as their provenance.</summary>
public sealed class HeadlineStatisticsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static string Page(int n) => $"""

        山西百名西部计划志愿者出征第{n}批

        ■ 通讯员 张猛

        日前,山西省西部计划志愿者出征仪式在太原市举行,来自二十余所高校的志愿者参加仪式。

        ■ 新增{n}个服务岗位

        今年全省共安排志愿者1100名,服务基层一线。

        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ATitleFigureHasTheArticleAndAHeadingFigureItsSectionAsProvenance()
    {
        var document = await _client.IngestAsync(Page(7101), "2026-03-02");

        var statistics = (await _client.GetJsonAsync($"/api/v1/statistics?documentId={document.Id()}")).Items().ToList();

        var title = statistics.Single(s => s["text"]!.GetValue<string>() == "百名")["provenance"]!;
        Assert.Equal("山西百名西部计划志愿者出征第7101批", title["articleTitle"]!.GetValue<string>());
        Assert.Null(title["sectionId"]);
        Assert.Null(title["sectionHeading"]);
        Assert.Null(title["paragraphId"]);
        var heading = statistics.Single(s => s["text"]!.GetValue<string>() == "7101个")["provenance"]!;
        Assert.NotNull(heading["sectionId"]);
        Assert.Equal("新增7101个服务岗位", heading["sectionHeading"]!.GetValue<string>());
        Assert.Null(heading["paragraphId"]);
        Assert.All(statistics.Where(s => s["text"]!.GetValue<string>() is "二十余所" or "1100名"), s => Assert.NotNull(s["provenance"]!["paragraphId"]));
    }

    [Fact]
    public async Task TheArticleAndTheSectionServeTheirHeadlineFigures()
    {
        var document = await _client.IngestAsync(Page(7102), "2026-03-02");
        var stored = await _client.GetJsonAsync($"/api/v1/documents/{document.Id()}");
        var articleId = stored["articles"]!.AsArray().Single()!["id"]!.GetValue<long>();

        var article = await _client.GetJsonAsync($"/api/v1/articles/{articleId}?include=sections,statistics");
        var headed = article["sections"]!.AsArray().Single(s => s!["heading"]?.GetValue<string>() == "新增7102个服务岗位")!;
        var section = await _client.GetJsonAsync($"/api/v1/sections/{headed["id"]}");

        Assert.Equal(["百名", "二十余所", "7102个", "1100名"], Texts(article["statistics"]!));
        Assert.Equal(["7102个", "1100名"], Texts(section["statistics"]!));
    }

    [Fact]
    public async Task BothWritersStoreTitleFiguresWithoutSectionOrParagraph()
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var metadata = new DocumentMetadata("测试日报", null, new DateOnly(2026, 3, 3));
        var viaApiWriter = Page(7103);
        var viaBulkWriter = Page(7104);

        await new DocumentWriter(dataSource).IngestAsync(viaApiWriter, PageExtractor.Extract(viaApiWriter), metadata);
        Assert.Equal(1, await new BulkDocumentWriter(dataSource).IngestAsync([new PageToStore(viaBulkWriter, PageExtractor.Extract(viaBulkWriter), metadata)]));

        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var text in new[] { viaApiWriter, viaBulkWriter })
        {
            var rows = (await connection.QueryAsync<(string Text, long? SectionId, long? ParagraphId)>(
                "SELECT s.source_text, s.section_id, s.paragraph_id FROM statistics s JOIN documents d ON d.id = s.document_id WHERE d.content_hash = @hash ORDER BY s.position",
                new { hash = DocumentWriter.ContentHash(text) })).ToList();
            Assert.Equal(4, rows.Count);
            Assert.Equal(("百名", null, null), rows[0]);
            Assert.True(rows[2] is { SectionId: not null, ParagraphId: null });
            Assert.All(new[] { rows[1], rows[3] }, row => Assert.True(row is { SectionId: not null, ParagraphId: not null }));
        }
    }

    [Fact]
    public async Task AParagraphWithoutItsSectionIsRefusedByTheSchema()
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        var document = await _client.IngestAsync(Page(7105), "2026-03-02");
        var paragraphId = await connection.ExecuteScalarAsync<long>(
            "SELECT s.paragraph_id FROM statistics s WHERE s.document_id = @id AND s.paragraph_id IS NOT NULL LIMIT 1", new { id = document.Id() });

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "UPDATE statistics SET section_id = NULL WHERE paragraph_id = @paragraphId", new { paragraphId }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task TheOpenApiDocumentSaysSectionAndParagraphMayBeNull()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;

        var provenance = document["components"]!["schemas"]!["StatisticProvenance"]!;

        Assert.All(new[] { "sectionId", "paragraphId" }, name => Assert.Contains("null", provenance["properties"]![name]!.ToJsonString()));
        Assert.Contains("title", provenance["description"]!.GetValue<string>());
    }

    private static string[] Texts(JsonNode statistics) => statistics.AsArray().Select(s => s!["text"]!.GetValue<string>()).ToArray();
}
