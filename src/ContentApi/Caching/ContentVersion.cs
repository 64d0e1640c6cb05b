using ContentApi.Data;
using ContentApi.Replicas;
using ContentApi.Telemetry;
using Dapper;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Caching;

/// <summary>
/// The version of the content: a counter that every ingest and delete bumps in its own transaction
/// (table <c>content_version</c>). ETags are made from it, so every instance gives the same ETag for the same data.
/// While <see cref="ContentChangeListener"/> is connected it holds the current value in memory; otherwise each
/// read asks the database.
/// </summary>
public sealed class ContentVersion(ReadConnections reads)
{
    private long _known;

    /// <summary>The current version: from memory while the listener is connected, else from the database.</summary>
    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _known);
        if (known > 0)
        {
            return known;
        }

        await using var connection = await reads.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
    }

    internal const string Sql = "SELECT version FROM content_version";

    /// <summary>Holds <paramref name="version"/>; true when it differs from what was held, so cached responses are stale.</summary>
    internal bool Set(long version) => Interlocked.Exchange(ref _known, version) != version;

    internal void Forget() => Volatile.Write(ref _known, 0);
}

/// <summary>
/// LISTENs on the primary for the NOTIFY that a change sends on commit, and then drops this instance's cached
/// responses and moves <see cref="ContentVersion"/> and <see cref="KnownDataVersion"/> on. The notification travels
/// with the commit, so no instance keeps serving a list that another instance's ingest has changed. A lost
/// connection is reconnected, and everything cached is dropped then, since notifications may have been missed.
/// </summary>
internal sealed class ContentChangeListener(
    ContentDataSources dataSources, ContentVersion version, KnownDataVersion known, IOutputCacheStore cache, ContentMetrics metrics, ILogger<ContentChangeListener> logger)
    : BackgroundService
{
    public const string Channel = "contentapi_changes";
    public const string CacheTag = "content";

    // Also a heartbeat: a connection that died without a word (a host gone, no reset) is found within this time,
    // and a notification that was somehow lost is made up for.
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(10);

    private const string PositionSql = "SELECT version, pg_current_wal_lsn()::text FROM content_version";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                version.Forget();
                await cache.EvictByTagAsync(CacheTag, CancellationToken.None);
                metrics.CacheEvicted(EvictionCause.Reconnect);
                logger.LogWarning("Lost the change notifications ({Error}); reconnecting", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSources.Dedicated.OpenConnectionAsync(stoppingToken);
        var notified = false;
        connection.Notification += (_, _) => notified = true;
        await connection.ExecuteAsync(new CommandDefinition($"LISTEN {Channel}", cancellationToken: stoppingToken));
        // Read the version after LISTEN: a change committed in between is then either in this read or notified.
        await TakeInAsync(connection, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            // A notification that arrives while TakeInAsync queries may be for a commit its snapshot missed: go again.
            if (!notified)
            {
                await connection.WaitAsync(CheckInterval, stoppingToken);
            }

            notified = false;
            await TakeInAsync(connection, stoppingToken);
        }
    }

    // The WAL position moves first, so that reads refilling the evicted cache wait for a standby to have the change.
    private async Task TakeInAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        var (current, position) = await connection.QuerySingleAsync<(long, string)>(new CommandDefinition(PositionSql, commandTimeout: 5, cancellationToken: stoppingToken));
        known.Advance(NpgsqlLogSequenceNumber.Parse(position));
        if (version.Set(current))
        {
            await cache.EvictByTagAsync(CacheTag, stoppingToken);
            metrics.CacheEvicted(EvictionCause.Notify);
        }
    }
}
