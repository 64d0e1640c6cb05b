using System.Buffers;
using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Http;
using ContentApi.Infrastructure;
using ContentApi.Telemetry;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ContentApi.ArticleBodies;

/// <summary>
/// Renders the default bodies of due articles (db/0015_article_bodies.sql) on the primary: composes each as
/// GET /articles/{id} does, stores the bytes, and those of each of its statistics (db/0019_statistic_bodies.sql), and
/// clears the article's mark. At start-up it marks every article whose body is missing or of another format;
/// afterwards the write triggers mark what changes. A failed round costs speed, never a wrong answer: reads compose
/// meanwhile, and the marks wait in the table.
/// </summary>
internal sealed class ArticleBodyRenderer(
    ContentDataSources dataSources, IOptions<JsonOptions> json, IOptions<ArticleBodyOptions> options, ContentMetrics metrics, ILogger<ArticleBodyRenderer> logger)
    : PollingWorker(logger)
{
    private const string MarkSql = """
        INSERT INTO article_bodies_due (article_id)
        SELECT a.id FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM article_bodies b WHERE b.article_id = a.id AND b.format = @format)
        ON CONFLICT (article_id) DO NOTHING
        """;

    // With the number of all due articles, for the backlog gauge: an index-only count, a few ms at 40,000 marks.
    private const string DueSql = "SELECT article_id, stamp, count(*) OVER () AS backlog FROM article_bodies_due ORDER BY article_id LIMIT @limit";

    // Takes no lock that a writer holds, so a writer never deadlocks with the renderer: an article being deleted
    // (its row locked) is skipped, and so is a mark a writer is changing (its transaction gives it a new stamp).
    private const string UnlockedMark = "article_id IN (SELECT article_id FROM article_bodies_due WHERE article_id = $1 FOR UPDATE SKIP LOCKED)";

    // The mark is cleared only if its stamp is still the one read before composing: a change committed meanwhile
    // gave it a new stamp and leaves the article due, so a body composed from older rows is stored but not served.
    // The article's statistics' bodies (db/0019_statistic_bodies.sql) replace its old ones in the same statement, so
    // under the same mark: those of statistics no longer accepted or no longer there are dropped. So do their points
    // of series (db/0023_series_points_in_order.sql), each with its statistic's series columns as they are now (a
    // change since the composing left the mark), and without its bytes when they exceed the table's limit; a
    // statistic without a key is in no series (series_place_counts counts it nowhere either). The point
    // a build before db/0023 stored in statistic_bodies is emptied: the column stays for such a build until a later
    // script drops it.
    private const string StoreSql = $"""
        WITH article AS (
            SELECT id FROM articles WHERE id = $1 FOR KEY SHARE SKIP LOCKED),
        stored AS (
            INSERT INTO article_bodies (article_id, format, body, sections_body)
            SELECT id, $3, $4, $8 FROM article
            ON CONFLICT (article_id) DO UPDATE SET format = excluded.format, body = excluded.body, sections_body = excluded.sections_body
            RETURNING article_id),
        statistics_stored AS (
            INSERT INTO statistic_bodies (statistic_id, article_id, format, body)
            SELECT f.statistic_id, a.id, $3, f.body FROM article a, unnest($5::bigint[], $6::bytea[]) AS f (statistic_id, body)
            ON CONFLICT (statistic_id) DO UPDATE SET article_id = excluded.article_id, format = excluded.format, body = excluded.body, point = NULL),
        statistics_dropped AS (
            DELETE FROM statistic_bodies
            WHERE article_id IN (SELECT id FROM article) AND statistic_id <> ALL ($5::bigint[])),
        points_stored AS (
            INSERT INTO series_points (statistic_id, article_id, format, metric_key, unit, place_code, period_year, period_end, period_from, point)
            SELECT s.id, a.id, $3, s.metric_key, s.unit, s.place_code, s.period_year, coalesce(s.period_to, s.period_from), s.period_from,
                   CASE WHEN octet_length(f.point) <= 2000 THEN f.point END
            FROM article a, unnest($5::bigint[], $7::bytea[]) AS f (statistic_id, point) JOIN statistics s ON s.id = f.statistic_id
            WHERE s.metric_key IS NOT NULL
            ON CONFLICT (statistic_id) DO UPDATE SET article_id = excluded.article_id, format = excluded.format, metric_key = excluded.metric_key,
                unit = excluded.unit, place_code = excluded.place_code, period_year = excluded.period_year, period_end = excluded.period_end,
                period_from = excluded.period_from, point = excluded.point
            RETURNING statistic_id),
        points_dropped AS (
            DELETE FROM series_points
            WHERE article_id IN (SELECT id FROM article) AND statistic_id NOT IN (SELECT statistic_id FROM points_stored))
        DELETE FROM article_bodies_due
        WHERE article_id IN (SELECT article_id FROM stored) AND stamp = $2 AND {UnlockedMark}
        """;

    private const string ForgetSql = $"""
        DELETE FROM article_bodies_due
        WHERE article_id = $1 AND stamp = $2 AND NOT EXISTS (SELECT 1 FROM articles WHERE id = $1) AND {UnlockedMark}
        """;

    // Articles whose body this process failed to write; only the renderer's own loop touches it.
    private readonly HashSet<long> _failed = [];

    // Whether this process has marked the articles whose body is missing or of another format.
    private bool _marked;

    protected override string Work => "Rendering article bodies";

    protected override bool Enabled => options.Value.Render;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override async Task<bool> RunRoundAsync(CancellationToken cancellationToken)
    {
        if (!_marked)
        {
            await MarkOtherFormatsAsync(cancellationToken);
            _marked = true;
        }

        return await RenderDueAsync(options.Value.BatchSize, cancellationToken) > 0;
    }

    private async Task MarkOtherFormatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        var marked = await connection.ExecuteAsync(new CommandDefinition(MarkSql, new { format = ArticleBodyFormat.Current }, commandTimeout: 300, cancellationToken: cancellationToken));
        if (marked > 0)
        {
            logger.LogInformation("{Articles} article bodies are missing or of another format; rendering them", marked);
        }
    }

    /// <summary>
    /// Renders up to <paramref name="limit"/> due articles; returns how many marks it cleared. None cleared (nothing
    /// due, or only articles that a long transaction holds, or one that fails to render) means wait before the next round.
    /// </summary>
    private async Task<int> RenderDueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        var due = (await connection.QueryAsync<(long ArticleId, long Stamp, long Backlog)>(new CommandDefinition(DueSql, new { limit }, cancellationToken: cancellationToken))).AsList();
        metrics.ArticleBodiesDue(due.Count == 0 ? 0 : due[0].Backlog);
        var body = new ArrayBufferWriter<byte>(32 * 1024);
        var sectionsBody = new ArrayBufferWriter<byte>(8 * 1024);
        var cleared = 0;
        foreach (var (articleId, stamp, _) in due.Where(d => !_failed.Contains(d.ArticleId)))
        {
            var article = await ArticleStore.ComposeAsync(connection, articleId, ArticleIncludes.All, cancellationToken);
            if (article is null)
            {
                cleared += await ForgetAsync(connection, articleId, stamp, cancellationToken);
                continue;
            }

            body.ResetWrittenCount();
            sectionsBody.ResetWrittenCount();
            StatisticBodies statistics;
            try
            {
                JsonBody<ArticleDetail>.Write(body, article, ApiJsonContext.Default.ArticleDetail, json.Value.SerializerOptions);
                // What ArticleStore.ComposeAsync gives for include=sections: the same article without the other two.
                JsonBody<ArticleDetail>.Write(sectionsBody, article with { Authors = null, Statistics = null }, ApiJsonContext.Default.ArticleDetail, json.Value.SerializerOptions);
                statistics = StatisticBodies.Of(article.Statistics ?? [], json.Value.SerializerOptions);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                // The same failure every time: this article stays due (and composed, failing there too) until a build
                // that can write it starts; it is reported once, and the others are rendered.
                _failed.Add(articleId);
                logger.LogError(e, "The body of article {ArticleId} cannot be written; it is left due", articleId);
                continue;
            }

            cleared += await StoreAsync(connection, articleId, stamp, new RenderedBodies(body.WrittenMemory, sectionsBody.WrittenMemory), statistics, cancellationToken);
            metrics.ArticleBodyRendered();
        }

        return cleared;
    }

    /// <summary>
    /// Stores the article's <paramref name="bodies"/> and those of its <paramref name="statistics"/>, and clears the
    /// article's mark if it still has <paramref name="stamp"/>; returns 1 if it did.
    /// </summary>
    internal static Task<int> StoreAsync(
        NpgsqlConnection connection, long articleId, long stamp, RenderedBodies bodies, StatisticBodies statistics, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, StoreSql, articleId, stamp, cancellationToken,
            new NpgsqlParameter<string> { TypedValue = ArticleBodyFormat.Current }, new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = bodies.Default },
            new NpgsqlParameter<long[]> { TypedValue = statistics.Ids }, new NpgsqlParameter<byte[][]> { TypedValue = statistics.Bodies },
            new NpgsqlParameter<byte[][]> { TypedValue = statistics.Points }, new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = bodies.Sections });

    /// <summary>The two answers stored for an article: its default body, and its body for include=sections (db/0028).</summary>
    internal readonly record struct RenderedBodies(ReadOnlyMemory<byte> Default, ReadOnlyMemory<byte> Sections);

    private static Task<int> ForgetAsync(NpgsqlConnection connection, long articleId, long stamp, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, ForgetSql, articleId, stamp, cancellationToken);

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, long articleId, long stamp, CancellationToken cancellationToken, params NpgsqlParameter[] more)
    {
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<long> { TypedValue = articleId },
                new NpgsqlParameter<long> { TypedValue = stamp },
            },
        };
        command.Parameters.AddRange(more);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
