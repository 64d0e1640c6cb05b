using ContentApi.Data;
using Dapper;

namespace ContentApi.ArticleText;

/// <summary>What one batch of <see cref="ArticleTextStore.RewriteNextBatchAsync"/> did.</summary>
internal enum TextRewrite
{
    /// <summary>No walk is pending, or another instance holds it.</summary>
    NothingPending,

    /// <summary>A batch was written again; more may follow.</summary>
    Rewrote,

    /// <summary>The walk had no article left and is removed.</summary>
    Finished,
}

/// <summary>
/// Writes again the article texts stored before the texts' storage last changed (db/0025: LZ4; db/0026: in the row),
/// so that they take it: a value keeps the form it was written in. The walk and its progress are the one row of
/// <c>article_text_rewrite</c>, which the migration that changed the storage filled.
/// </summary>
internal sealed class ArticleTextStore(ContentDataSources dataSources)
{
    // Held until the batch commits; an instance that finds it held passes (SKIP LOCKED) rather than queue behind it
    // and write the same batch again after it.
    private const string WalkSql = "SELECT after, up_to AS upto FROM article_text_rewrite FOR UPDATE SKIP LOCKED";

    // The next articles by id within the walk, each text written again as the same text: a new value, which
    // PostgreSQL stores as the table and column now say. The rows are the same afterwards, so the articles are not
    // marked for rendering (db/0025's trigger compares old and new rows); a text changed by a writer meanwhile is
    // read again under its lock, and written as it now is.
    private const string BatchSql = """
        WITH batch AS (
            SELECT id FROM articles WHERE id > @After AND id <= @UpTo ORDER BY id LIMIT @size),
        rewritten AS (
            UPDATE articles a SET body = a.body || '' FROM batch WHERE a.id = batch.id)
        SELECT max(id) FROM batch
        """;

    /// <summary>
    /// Writes again the texts of the next <paramref name="size"/> articles of the pending walk and records how far it
    /// has gone, in one transaction; a walk with none left is removed.
    /// </summary>
    public async Task<TextRewrite> RewriteNextBatchAsync(int size, CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var walk = await connection.QuerySingleOrDefaultAsync<Walk>(new CommandDefinition(WalkSql, transaction: transaction, cancellationToken: cancellationToken));
        if (walk is null)
        {
            return TextRewrite.NothingPending;
        }

        var last = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            BatchSql, new { walk.After, walk.UpTo, size }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            last is null ? "DELETE FROM article_text_rewrite" : "UPDATE article_text_rewrite SET after = @last",
            new { last }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return last is null ? TextRewrite.Finished : TextRewrite.Rewrote;
    }

    private sealed record Walk(long After, long UpTo);
}
