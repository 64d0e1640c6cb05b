using ContentApi.Replicas;
using Npgsql;

namespace ContentApi.ArticleBodies;

/// <summary>
/// Reads an article's stored default body (db/0015_article_bodies.sql): one lookup instead of composing it from five
/// statements. Null when none is current (the article changed since it was rendered, or no body of this build's
/// format is stored yet); the article is then composed.
/// </summary>
internal sealed class ArticleBodyStore(ReadConnections reads)
{
    // The body and the absence of its article's mark are read in one statement, so in one snapshot: a body is never
    // taken together with rows newer than it, on the primary or on a standby.
    private const string FindSql = """
        SELECT b.body FROM article_bodies b
        WHERE b.article_id = $1 AND b.format = $2
          AND NOT EXISTS (SELECT 1 FROM article_bodies_due d WHERE d.article_id = $1)
        """;

    public async Task<byte[]?> FindAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(FindSql, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<long> { TypedValue = articleId },
                new NpgsqlParameter<string> { TypedValue = ArticleBodyFormat.Current },
            },
        };
        // Prepared by Npgsql's automatic preparation (ContentDataSources), which a connection string for PgBouncer in
        // transaction mode turns off; an explicit Prepare would not ask it.
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }
}
