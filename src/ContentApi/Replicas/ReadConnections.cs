using ContentApi.Data;
using ContentApi.Telemetry;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Replicas;

/// <summary>
/// The connections the stores read on: from the read source (standbys when configured), at least as new as both
/// the request's <c>X-Min-Data-Version</c> (read-your-writes) and what this instance already knows
/// (<see cref="KnownDataVersion"/>). A standby behind that is waited for briefly, then the primary answers.
/// </summary>
public sealed class ReadConnections(ContentDataSources dataSources, KnownDataVersion known, IHttpContextAccessor http, ContentMetrics metrics)
{
    public Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        dataSources.OpenReadAsync(Minimum(), cancellationToken, metrics);

    /// <summary>The same, for a read that is one short statement (<see cref="ContentDataSources.OneStatementRead"/>).</summary>
    public Task<NpgsqlConnection> OpenOneStatementAsync(CancellationToken cancellationToken) =>
        dataSources.OpenOneStatementReadAsync(Minimum(), cancellationToken, metrics);

    private NpgsqlLogSequenceNumber Minimum()
    {
        var requested = http.HttpContext?.Features.Get<RequestedDataVersion>()?.Position ?? NpgsqlLogSequenceNumber.Invalid;
        return NpgsqlLogSequenceNumber.Larger(requested, known.Current);
    }
}
