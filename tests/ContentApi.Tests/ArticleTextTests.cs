using ContentApi.ArticleText;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests;

/// <summary>
/// Article texts stored before db/0026_article_text_in_its_row.sql are written again in their rows (ArticleText/), as
/// the same text, without rendering their articles again, and the walk's progress is kept in the database.
/// </summary>
public sealed class ArticleTextTests(ContentApiFactory fixture) : IClassFixture<ContentApiFactory>
{
    // A text stored as it is, neither compressed nor moved out, takes at least its own length.
    private const string State = """
        SELECT pg_column_size(a.body) < octet_length(a.body) AS compressed, md5(a.body) AS text, b.xmin::text AS bodyversion,
               EXISTS (SELECT 1 FROM article_bodies_due d WHERE d.article_id = a.id) AS marked
        FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = @id
        """;

    [Fact]
    public async Task ATextStoredBeforeIsWrittenAgainInItsRowWithoutRenderingItsArticle()
    {
        var client = fixture.CreateClient();
        var first = await fixture.StoredArticleAsync(client);
        var id = await fixture.StoredArticleAsync(client);
        Assert.True(id > first);
        await using var connection = await fixture.OpenDatabaseAsync();
        // As a build before db/0026 stored them: texts of about 6 KB, compressed under the default target, and a walk
        // over both articles, as the migration leaves it.
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("""
                ALTER TABLE articles RESET (toast_tuple_target);
                UPDATE articles SET body = left(repeat(body || E'\n', 40), 2000) WHERE id IN (@first, @id);
                ALTER TABLE articles SET (toast_tuple_target = 8160);
                INSERT INTO article_text_rewrite (after, up_to) VALUES (@first - 1, @id)
                ON CONFLICT (pending) DO UPDATE SET after = excluded.after, up_to = excluded.up_to;
                """, new { first, id }, transaction);
            await transaction.CommitAsync();
        }

        // A new text is a change: the article is rendered again with it.
        await fixture.WaitUntilStoredAsync(first);
        await fixture.WaitUntilStoredAsync(id);
        var before = await connection.QuerySingleAsync<TextState>(State, new { id });
        Assert.Equal(new TextState(true, before.Text, before.BodyVersion, false), before);

        // The first batch, of one article, writes the first text and records it; the second goes on from there to the
        // last article of the walk (the first page's other articles lie between).
        var store = fixture.Services.GetRequiredService<ArticleTextStore>();
        Assert.Equal(TextRewrite.Rewrote, await store.RewriteNextBatchAsync(1, CancellationToken.None));
        Assert.False((await connection.QuerySingleAsync<TextState>(State, new { id = first })).Compressed);
        Assert.Equal(before, await connection.QuerySingleAsync<TextState>(State, new { id }));
        Assert.Equal(first, await connection.ExecuteScalarAsync<long>("SELECT after FROM article_text_rewrite"));
        Assert.Equal(TextRewrite.Rewrote, await store.RewriteNextBatchAsync((int)(id - first), CancellationToken.None));

        // The same text, now in its row as it is, and the article neither marked nor rendered again: its stored body is
        // the same row.
        Assert.Equal(before with { Compressed = false }, await connection.QuerySingleAsync<TextState>(State, new { id }));

        // With none left the walk ends, and after it there is nothing to do.
        Assert.Equal(TextRewrite.Finished, await store.RewriteNextBatchAsync(1, CancellationToken.None));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_text_rewrite"));
        Assert.Equal(TextRewrite.NothingPending, await store.RewriteNextBatchAsync(1, CancellationToken.None));

        // An ordinary update of the article still marks it.
        await connection.ExecuteAsync("UPDATE articles SET title = title || '（更正）' WHERE id = @id", new { id });
        var updated = await connection.QuerySingleAsync<TextState>(State, new { id });
        Assert.True(updated.Marked || updated.BodyVersion != before.BodyVersion);
    }

    [Fact]
    public async Task AWalkHeldByAnotherInstanceIsPassedOver()
    {
        var id = await fixture.StoredArticleAsync(fixture.CreateClient());
        await using var other = await fixture.OpenDatabaseAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await other.ExecuteAsync("""
            INSERT INTO article_text_rewrite (after, up_to) VALUES (@id - 1, @id)
            ON CONFLICT (pending) DO UPDATE SET after = excluded.after, up_to = excluded.up_to
            """, new { id }, transaction);

        // While another transaction holds the walk, this instance neither waits nor writes.
        var store = fixture.Services.GetRequiredService<ArticleTextStore>();
        Assert.Equal(TextRewrite.NothingPending, await store.RewriteNextBatchAsync(1, CancellationToken.None));
        await transaction.CommitAsync();
        Assert.Equal(TextRewrite.Rewrote, await store.RewriteNextBatchAsync(1, CancellationToken.None));
        Assert.Equal(TextRewrite.Finished, await store.RewriteNextBatchAsync(1, CancellationToken.None));
    }

    private sealed record TextState(bool Compressed, string Text, string BodyVersion, bool Marked);
}
