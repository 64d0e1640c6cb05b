using ContentApi.Articles;
using ContentApi.Replicas;
using Npgsql;

namespace ContentApi.ArticleBodies;

/// <summary>
/// Reads an article's stored answers (db/0015_article_bodies.sql): its default body, one lookup instead of composing it
/// from five statements, and its body for include=sections (db/0028), one instead of three. Null when none is current
/// (the article changed since it was rendered, or no body of this build's format is stored yet), or for another
/// include; the article is then composed.
/// </summary>
internal sealed class ArticleBodyStore(ReadConnections reads)
{
    // The body and the absence of its article's mark are read in one statement, so in one snapshot: a body is never
    // taken together with rows newer than it, on the primary or on a standby.
    private static string FindSql(string column) => $"""
        SELECT b.{column} FROM article_bodies b
        WHERE b.article_id = $1 AND b.format = $2
          AND NOT EXISTS (SELECT 1 FROM article_bodies_due d WHERE d.article_id = $1)
        """;

    private static readonly string FindDefaultSql = FindSql("body");
    private static readonly string FindSectionsSql = FindSql("sections_body");

    /// <summary>Whether an answer with <paramref name="include"/> is stored: the default, or the sections alone.</summary>
    public static bool Stores(ArticleIncludes include) => FindSqlOf(include) is not null;

    // The statement that reads the stored answer with include, none for an answer not stored.
    private static string? FindSqlOf(ArticleIncludes include) =>
        include.IsAll ? FindDefaultSql : include == ArticleIncludes.SectionsOnly ? FindSectionsSql : null;

    public async Task<byte[]?> FindAsync(long articleId, ArticleIncludes include, CancellationToken cancellationToken)
    {
        if (FindSqlOf(include) is not { } sql)
        {
            return null;
        }

        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection)
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
