using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Telemetry;

/// <summary>
/// Counts the output cache's hits and misses, and the 304s it answers from a cached ETag (the ETag filter counts the
/// others). Added last to a policy, so it sees whether the earlier ones let the request use the cache at all: a
/// read of one's own write never does, and is neither a hit nor a miss.
/// </summary>
internal sealed class OutputCacheMetricsPolicy(ContentMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.OutputCacheHit();
        context.HttpContext.Response.OnStarting(static state =>
        {
            var (response, counter) = ((HttpResponse, ContentMetrics))state;
            if (response.StatusCode == StatusCodes.Status304NotModified)
            {
                counter.NotModified();
            }

            return Task.CompletedTask;
        }, (context.HttpContext.Response, metrics));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.EnableOutputCaching && context.AllowCacheLookup)
        {
            metrics.OutputCacheMiss();
        }

        return ValueTask.CompletedTask;
    }
}
