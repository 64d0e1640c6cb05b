using ContentApi.Articles;
using ContentApi.Replicas;
using Npgsql;

namespace ContentApi.ArticleBodies;

/// <summary>
/// Reads an article's stored answers (db/0015_article_bodies.sql): its default body, one lookup instead of composing it
/// from five statements, and its body for include=sections (db/0028), one instead of three. Null when none is current
/// (the article changed since it was rendered, or no body of this build's format is stored yet), or for another
/// include; the article is then composed. The bytes read are held (<see cref="ArticleBodyCache"/>) under the row's
/// revision, and sent by PostgreSQL again only under another.
/// </summary>
internal sealed class ArticleBodyStore(ReadConnections reads, ArticleBodyCache held)
{
    // The body's revision and the absence of its article's mark are read in one statement, so in one snapshot: a body
    // is never taken together with rows newer than it, on the primary or on a standby. The body's bytes come with them
    // unless the row's revision is the one held ($3; null for none): then PostgreSQL neither reads its compressed
    // chunks nor sends it.
    private static string FindSql(string column) => $"""
        SELECT b.revision, CASE WHEN b.revision = $3 THEN NULL ELSE b.{column} END FROM article_bodies b
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

        var key = new ArticleBodyKey(articleId, include == ArticleIncludes.SectionsOnly);
        var holds = held.TryGetAny(key, out var heldRevision, out var heldBody);
        await using var connection = await reads.OpenOneStatementAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<long> { TypedValue = articleId },
                new NpgsqlParameter<string> { TypedValue = ArticleBodyFormat.Current },
                new NpgsqlParameter<long?> { TypedValue = holds ? heldRevision : null },
            },
        };
        // Prepared by Npgsql's automatic preparation (ContentDataSources), which a connection string for PgBouncer in
        // transaction mode turns off; an explicit Prepare would not ask it.
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var revision = reader.GetInt64(0);
        if (holds && revision == heldRevision)
        {
            return heldBody;
        }

        // A row without this answer (sections_body, null in a row an older build rendered: db/0028) is composed.
        if (reader.IsDBNull(1))
        {
            return null;
        }

        var body = reader.GetFieldValue<byte[]>(1);
        held.Add(key, revision, body);
        return body;
    }
}
