using System.Data;
using ContentApi.Text;
using Dapper;
using Npgsql;

namespace ContentApi.Data.Corrections;

/// <summary>
/// Runs the current parser and extractor again on a stored page and brings its rows up to date, in one transaction per
/// document: statistics found again at the same span keep their id and take the new values, except the fields an
/// editor set; new spans are added; spans no longer found are removed unless an editor made or reviewed them. Articles,
/// sections and paragraphs follow the new parse, keeping their ids where the same span is found again. A dry run reads
/// in a read-only transaction and reports what a real run would do.
/// </summary>
public sealed class DocumentReextractor(NpgsqlDataSource primary)
{
    // Two documents re-extracted at once may lock the same metric series in opposite orders; the loser is retried.
    private const int Attempts = 3;

    /// <summary>The documents whose extractor version is not the current one, oldest first: what <c>reextract --all</c> has left to do.</summary>
    public async Task<IReadOnlyList<long>> OutdatedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM documents WHERE extractor_version <> @version ORDER BY id", new { version = PageExtractor.Version }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>
    /// Re-extracts one document; null when there is none. With <paramref name="onlyIfOutdated"/>, a document already at
    /// the current version is skipped (an interrupted run, run again, picks up where it stopped).
    /// </summary>
    public async Task<(ReextractionReport Report, string DataVersion)?> ReextractAsync(long documentId, bool dryRun, bool onlyIfOutdated, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunAsync(documentId, dryRun, onlyIfOutdated, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < Attempts)
            {
            }
        }
    }

    private async Task<(ReextractionReport, string)?> RunAsync(long documentId, bool dryRun, bool onlyIfOutdated, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(dryRun ? IsolationLevel.RepeatableRead : IsolationLevel.ReadCommitted, cancellationToken);
        if (dryRun)
        {
            await connection.ExecuteAsync(new CommandDefinition("SET TRANSACTION READ ONLY", transaction: transaction, cancellationToken: cancellationToken));
        }

        var stored = await StoredDocument.LoadAsync(connection, transaction, documentId, forUpdate: !dryRun, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (onlyIfOutdated && stored.ExtractorVersion == PageExtractor.Version)
        {
            return (Skipped(stored), "");
        }

        var plan = ReextractionPlan.Make(stored, PageExtractor.Extract(stored.RawText, new DocumentFacts(stored.PublishedOn, stored.PlaceCode)));
        if (dryRun)
        {
            return (plan.Report(PageExtractor.Version, written: false), "");
        }

        var added = await new ReextractionWriter(connection, transaction, plan, cancellationToken).WriteAsync();
        await transaction.CommitAsync(cancellationToken);
        var dataVersion = await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT pg_current_wal_lsn()::text", cancellationToken: cancellationToken));
        return (plan.Report(PageExtractor.Version, written: true, added), dataVersion!);
    }

    private static ReextractionReport Skipped(StoredDocument stored) =>
        new(stored.Id, stored.ExtractorVersion, PageExtractor.Version, Skipped: true, Written: false, stored.Statistics.Count, [], [], [], [],
            new StructureChanges(false, stored.Articles.Count, 0, 0, 0, 0, 0, 0));
}
