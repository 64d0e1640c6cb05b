using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace ContentApi.Telemetry;

/// <summary>
/// ASP.NET Core's instruments that record on every request (or every buffer) and that an operator of this service
/// does not need, left out of the metrics with a drop view. A dropped instrument is never enabled, so ASP.NET Core
/// skips its measurement altogether (each records only when <c>Instrument.Enabled</c>): under wrk on the in-memory
/// ceiling they were most of the metrics' CPU (bench/telemetry-cost.sh, docs/operations.md).
/// </summary>
internal static class DroppedInstruments
{
    /// <summary>Kestrel's buffer pool: a count on every rent and return of a 4 KB block, several per request.</summary>
    public const string MemoryPoolMeter = "Microsoft.AspNetCore.MemoryPool";

    private static readonly HashSet<string> PerRequest =
    [
        // Every request's route match: the route is already the http_route label of http.server.request.duration.
        "aspnetcore.routing.match_attempts",
        // Every request's lease from the limiter (held count, hold time, acquired or rejected): the rejections are
        // contentapi.rate_limit.rejections, the requests http.server.request.duration.
        "aspnetcore.rate_limiting.active_request_leases",
        "aspnetcore.rate_limiting.request_lease.duration",
        "aspnetcore.rate_limiting.requests",
        // Every request's authentication, keyless reads included: the API key's lookup is a database span and metric.
        "aspnetcore.authentication.authenticate.duration",
    ];

    /// <summary>The view: drop what is listed above, keep every other instrument as it is.</summary>
    public static MetricStreamConfiguration? Select(Instrument instrument) =>
        instrument.Meter.Name == MemoryPoolMeter || PerRequest.Contains(instrument.Name) ? MetricStreamConfiguration.Drop : null;
}
