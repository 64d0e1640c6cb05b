using ContentApi.Data;
using ContentApi.Infrastructure;
using Dapper;
using Microsoft.Extensions.Options;

namespace ContentApi.MetricKeys;

/// <summary>
/// Brings the rows of metric_keys whose series are due up to date (db/0020_metric_keys.sql, <c>metric_keys_refresh</c>)
/// on the primary, every poll interval. GET /statistics/metrics reads metric_keys only while no series is due, so a
/// refresh that is late or fails makes the metrics slower, never wrong.
/// </summary>
internal sealed class MetricKeysRefresher(ContentDataSources dataSources, IOptions<MetricKeysOptions> options, ILogger<MetricKeysRefresher> logger)
    : PollingWorker(logger)
{
    protected override string Work => "Refreshing the metrics' series";

    protected override bool Enabled => options.Value.Refresh;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    // One call takes every due series; a call finds nothing more to do until the next writes.
    protected override async Task<bool> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT metric_keys_refresh()", cancellationToken: cancellationToken));
        return false;
    }
}
