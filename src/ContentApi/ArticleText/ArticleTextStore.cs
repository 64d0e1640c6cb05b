using ContentApi.Data;
using Dapper;

namespace ContentApi.ArticleText;

/// <summary>
/// Writes the article texts stored before db/0025_article_text_lz4.sql again, so that they take the column's LZ4
/// compression: a search decompresses every text it walks, and pglz's values are the slow ones to decompress.
/// </summary>
internal sealed class ArticleTextStore(ContentDataSources dataSources)
{
    // The next articles by id after a given one; of those, the texts compressed by pglz are written again as the
    // same text, a new value that PostgreSQL compresses by the column's method. A text changed by a writer meanwhile
    // is read again under its lock and left alone when it is no longer pglz's. The rows are the same afterwards, so
    // the articles are not marked for rendering (db/0025's trigger compares old and new rows).
    private const string RewriteSql = """
        WITH batch AS (
            SELECT id FROM articles WHERE id > @after ORDER BY id LIMIT @size),
        rewritten AS (
            UPDATE articles a SET body = a.body || ''
            FROM batch
            WHERE a.id = batch.id AND pg_column_compression(a.body) = 'pglz')
        SELECT max(id) FROM batch
        """;

    /// <summary>Whether the article text column is set to LZ4: not on a server built without it, where nothing is to do.</summary>
    public async Task<bool> CompressesWithLz4Async(CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT attcompression = 'l' FROM pg_attribute WHERE attrelid = 'articles'::regclass AND attname = 'body'",
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Writes again the pglz texts among the <paramref name="size"/> articles after <paramref name="after"/>, in one
    /// statement; returns the last article id it passed, or null when there is none after it.
    /// </summary>
    public async Task<long?> RewriteAfterAsync(long after, int size, CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(RewriteSql, new { after, size }, cancellationToken: cancellationToken));
    }
}
