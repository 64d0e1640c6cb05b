using ContentApi.Data;
using Dapper;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace ContentApi.Caching;

/// <summary>
/// The version of the content: a counter that every ingest and delete bumps in its own transaction
/// (table <c>content_version</c>). ETags are made from it, so every instance gives the same ETag for the same data.
/// While <see cref="ContentChangeListener"/> is connected it holds the current value in memory; otherwise each
/// read asks the database.
/// </summary>
public sealed class ContentVersion(ContentDataSources dataSources)
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

        await using var connection = await dataSources.Read.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
    }

    internal const string Sql = "SELECT version FROM content_version";

    internal void Set(long version) => Volatile.Write(ref _known, version);

    internal void Forget() => Volatile.Write(ref _known, 0);
}

/// <summary>
/// LISTENs on the primary for the NOTIFY that a change sends on commit, and then drops this instance's cached
/// responses and moves <see cref="ContentVersion"/> on. The notification travels with the commit, so no instance
/// keeps serving a list that another instance's ingest has changed.
/// </summary>
internal sealed class ContentChangeListener(ContentDataSources dataSources, ContentVersion version, IOutputCacheStore cache, ILogger<ContentChangeListener> logger)
    : BackgroundService
{
    public const string Channel = "contentapi_changes";
    public const string CacheTag = "content";

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
        await using var connection = await dataSources.Write.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, notification) =>
        {
            if (long.TryParse(notification.Payload, out var changed))
            {
                version.Set(changed);
            }

            cache.EvictByTagAsync(CacheTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        };
        await connection.ExecuteAsync(new CommandDefinition($"LISTEN {Channel}", cancellationToken: stoppingToken));
        // Read the version after LISTEN: a change committed in between is then either in this read or notified.
        version.Set(await connection.ExecuteScalarAsync<long>(new CommandDefinition(ContentVersion.Sql, cancellationToken: stoppingToken)));
        await cache.EvictByTagAsync(CacheTag, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
