using ContentApi.Replicas;
using ContentApi.Telemetry;
using Microsoft.AspNetCore.OutputCaching;
using NpgsqlTypes;

namespace ContentApi.Caching;

/// <summary>Output caching of lists and resources, evicted when the content changes, here or on another instance.</summary>
internal static class CachingSetup
{
    public const string ContentPolicy = "content";

    public static IServiceCollection AddContentCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            // Only URLs asked for twice are stored (SecondRequestAdmission), but many are: the limit keeps resident
            // memory small on a small instance. The default is 100 MB; a third of it still holds a thousand full
            // article answers, far more than the URLs that are asked for again.
            options.SizeLimit = MaxCacheBytes;
            options.AddPolicy(ContentPolicy, policy => policy
                .With(context => !context.HttpContext.ReadsOwnWrite())
                .Tag(ContentChangeListener.CacheTag)
                .SetVaryByQuery("*")
                .SetVaryByHeader("Accept")
                .Expire(TimeSpan.FromMinutes(10))
                .AddPolicy<SecondRequestAdmission>()
                .AddPolicy<OutputCacheMetricsPolicy>());
        });
        // One for the process: it remembers the URLs asked for across requests.
        services.AddSingleton<SecondRequestAdmission>();
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<ContentCache>();
        services.AddHostedService<ContentChangeListener>();
        return services;
    }

    /// <summary>How many bytes of answers the output cache keeps at most.</summary>
    public const long MaxCacheBytes = 32 * 1024 * 1024;
}

/// <summary>
/// What a write on this instance does at once, before its NOTIFY comes back: drop cached lists and versions, and
/// read nothing older than the write's <c>X-Data-Version</c> from now on.
/// </summary>
public sealed class ContentCache(IOutputCacheStore store, ContentVersion version, KnownDataVersion known, ContentMetrics metrics)
{
    public async Task ChangedAsync(string dataVersion, CancellationToken cancellationToken)
    {
        known.Advance(NpgsqlLogSequenceNumber.Parse(dataVersion));
        version.Forget();
        await store.EvictByTagAsync(ContentChangeListener.CacheTag, cancellationToken);
        metrics.CacheEvicted(EvictionCause.LocalWrite);
    }
}

/// <summary>The headers of read-your-writes: a write's WAL position, and the position a read must have seen.</summary>
public static class DataVersionHeaders
{
    public const string DataVersion = "X-Data-Version";
    public const string MinDataVersion = "X-Min-Data-Version";
}
