using ContentApi.Data.Documents;
using ContentApi.Tests.Infrastructure;
using ContentApi.Text;
using ContentApi.Text.Statistics;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.Faults;

public sealed class IngestAtomicityTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task AFailureInTheMiddleOfAnIngestLeavesNoRowBehind()
    {
        var text = Pages.Numbered(701);
        var page = PageExtractor.Extract(text);
        var article = page.Articles[0];
        // A statistic the schema forbids (an unknown category) fails the last statement of the ingest.
        var broken = page with { Articles = [article with { Statistics = [.. article.Statistics, article.Statistics[0] with { Category = "weather" }] }] };
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var before = await CountAllAsync(dataSource);

        var failure = await Record.ExceptionAsync(() => new DocumentWriter(dataSource).IngestAsync(text, broken, new DocumentMetadata(null, null, null)));

        Assert.IsType<PostgresException>(failure);
        Assert.Equal(before, await CountAllAsync(dataSource));
        Assert.Contains(page.Articles[0].Statistics, s => StatisticCategory.All.Contains(s.Category));
    }

    private static async Task<string> CountAllAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>("""
            SELECT concat_ws('/', (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), (SELECT count(*) FROM authors),
                   (SELECT count(*) FROM sections), (SELECT count(*) FROM paragraphs), (SELECT count(*) FROM statistics),
                   (SELECT version FROM content_version))
            """) ?? "";
    }
}
