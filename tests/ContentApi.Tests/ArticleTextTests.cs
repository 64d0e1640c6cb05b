using ContentApi.ArticleText;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests;

/// <summary>
/// Article texts stored before db/0025_article_text_lz4.sql are written again with LZ4 (ArticleText/), as the same text
/// and without rendering their articles again.
/// </summary>
public sealed class ArticleTextTests(ContentApiFactory fixture) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task ATextStoredWithPglzIsWrittenAgainWithLz4WithoutRenderingItsArticle()
    {
        var id = await fixture.StoredArticleAsync(fixture.CreateClient());
        await using var connection = await fixture.OpenDatabaseAsync();
        // As a build before db/0025 stored it: long enough to be compressed, and by pglz.
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("""
                ALTER TABLE articles ALTER COLUMN body SET COMPRESSION pglz;
                UPDATE articles SET body = repeat(body || E'\n', 40) WHERE id = @id;
                ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
                """, new { id }, transaction);
            await transaction.CommitAsync();
        }

        // A new text is a change: the article is rendered again with it.
        await fixture.WaitUntilStoredAsync(id);

        const string State = """
            SELECT pg_column_compression(a.body) AS compression, md5(a.body) AS text, b.xmin::text AS bodyversion,
                   EXISTS (SELECT 1 FROM article_bodies_due d WHERE d.article_id = a.id) AS marked
            FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = @id
            """;
        var before = await connection.QuerySingleAsync<TextState>(State, new { id });
        Assert.Equal(new TextState("pglz", before.Text, before.BodyVersion, false), before);

        var store = fixture.Services.GetRequiredService<ArticleTextStore>();
        Assert.True(await store.CompressesWithLz4Async(CancellationToken.None));
        Assert.Equal(id, await store.RewriteAfterAsync(id - 1, 1, CancellationToken.None));

        // The same text, now LZ4's, and the article neither marked nor rendered again: its stored body is the same row.
        Assert.Equal(before with { Compression = "lz4" }, await connection.QuerySingleAsync<TextState>(State, new { id }));

        // Written again once, it is passed over; an ordinary update of the article still marks it.
        Assert.Equal(id, await store.RewriteAfterAsync(id - 1, 1, CancellationToken.None));
        Assert.Equal(before with { Compression = "lz4" }, await connection.QuerySingleAsync<TextState>(State, new { id }));
        await connection.ExecuteAsync("UPDATE articles SET title = title || '（更正）' WHERE id = @id", new { id });
        var updated = await connection.QuerySingleAsync<TextState>(State, new { id });
        Assert.True(updated.Marked || updated.BodyVersion != before.BodyVersion);
    }

    private sealed record TextState(string Compression, string Text, string BodyVersion, bool Marked);
}
