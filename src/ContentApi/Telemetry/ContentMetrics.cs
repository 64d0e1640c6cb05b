using System.Diagnostics;
using System.Diagnostics.Metrics;
using ContentApi.Data;

namespace ContentApi.Telemetry;

/// <summary>
/// The product's own measurements, on the one meter named <see cref="MeterName"/> (docs/operations.md says what each
/// means). The counters whose labels are known in advance count in fields and are observed: an operator's rate() and
/// alerts then see a zero from the first scrape instead of a series that is missing until the first event, and a
/// count costs one interlocked add on the request path.
/// </summary>
public sealed class ContentMetrics : IReplicaWaits
{
    public const string MeterName = "ContentApi";

    // Seconds, from half a millisecond (a small page) to the parse budget's default of 10 s.
    private static readonly double[] DurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _pagesFailed;
    private readonly Histogram<double> _extractionDuration;
    private readonly Counter<long> _statisticsExtracted;
    private readonly Histogram<double> _replicaWaitDuration;

    private long _pagesCreated;
    private long _pagesDuplicate;
    private long _cacheHits;
    private long _cacheMisses;
    private long _notModified;
    private long _readRejections;
    private long _writeRejections;
    private long _replicaWaits;
    private long _primaryFallbacks;
    private long _evictionsNotified;
    private long _evictionsReconnect;
    private long _evictionsLocal;
    private long _bodiesRendered;
    private long _bodiesStored;
    private long _bodiesComposed;
    private long _statisticsStored;
    private long _statisticsComposed;
    private long _bodiesDue = -1;

    public ContentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("contentapi.pages.ingested", () => new[]
        {
            new Measurement<long>(Volatile.Read(ref _pagesCreated), new KeyValuePair<string, object?>("result", "created")),
            new Measurement<long>(Volatile.Read(ref _pagesDuplicate), new KeyValuePair<string, object?>("result", "duplicate")),
        }, "{page}", "Pages stored (created) or recognised as already stored (duplicate).");
        _pagesFailed = meter.CreateCounter<long>("contentapi.pages.failed", "{page}", "Ingests refused or failed, by reason.");
        _extractionDuration = meter.CreateHistogram("contentapi.extraction.duration", "s", "Parse + extract time of one page.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _statisticsExtracted = meter.CreateCounter<long>("contentapi.statistics.extracted", "{statistic}", "Statistics extracted from stored pages, by category.");
        meter.CreateObservableCounter("contentapi.output_cache.requests", () => new[]
        {
            new Measurement<long>(Volatile.Read(ref _cacheHits), new KeyValuePair<string, object?>("result", "hit")),
            new Measurement<long>(Volatile.Read(ref _cacheMisses), new KeyValuePair<string, object?>("result", "miss")),
        }, "{request}", "Cacheable requests answered from the output cache (hit) or by the endpoint (miss).");
        meter.CreateObservableCounter("contentapi.etag.not_modified", () => Volatile.Read(ref _notModified), "{response}",
            "GETs answered 304 because If-None-Match held the current ETag.");
        meter.CreateObservableCounter("contentapi.rate_limit.rejections", () => new[]
        {
            new Measurement<long>(Volatile.Read(ref _readRejections), new KeyValuePair<string, object?>("budget", "reads")),
            new Measurement<long>(Volatile.Read(ref _writeRejections), new KeyValuePair<string, object?>("budget", "writes")),
        }, "{request}", "Requests refused with 429 because the client's budget was spent.");
        meter.CreateObservableCounter("contentapi.read_your_writes.waits", () => Volatile.Read(ref _replicaWaits), "{read}",
            "Reads that waited for a standby to replay the position they must see.");
        meter.CreateObservableCounter("contentapi.read_your_writes.primary_fallbacks", () => Volatile.Read(ref _primaryFallbacks), "{read}",
            "Reads that waited the full second and then went to the primary.");
        _replicaWaitDuration = meter.CreateHistogram("contentapi.read_your_writes.wait.duration", "s", "How long a read waited for a standby.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        meter.CreateObservableCounter("contentapi.article_bodies.rendered", () => Volatile.Read(ref _bodiesRendered), "{article}",
            "Default article bodies rendered and stored by this instance.");
        // Nothing until the renderer has counted, so that a scrape right after start does not read an empty backlog.
        meter.CreateObservableGauge("contentapi.article_bodies.due", () => Volatile.Read(ref _bodiesDue) is >= 0 and var due ? [new Measurement<long>(due)] : Array.Empty<Measurement<long>>(), "{article}",
            "Articles whose stored body is missing or out of date, as this instance's renderer last counted them.");
        meter.CreateObservableCounter("contentapi.article_bodies.reads", () => new[]
        {
            new Measurement<long>(Volatile.Read(ref _bodiesStored), new KeyValuePair<string, object?>("body", "stored")),
            new Measurement<long>(Volatile.Read(ref _bodiesComposed), new KeyValuePair<string, object?>("body", "composed")),
        }, "{read}", "Default article bodies answered from the stored bytes or composed, the stored one missing or out of date.");
        meter.CreateObservableCounter("contentapi.statistic_bodies.reads", () => new[]
        {
            new Measurement<long>(Volatile.Read(ref _statisticsStored), new KeyValuePair<string, object?>("body", "stored")),
            new Measurement<long>(Volatile.Read(ref _statisticsComposed), new KeyValuePair<string, object?>("body", "composed")),
        }, "{statistic}", "Statistics of JSON lists copied from their stored bytes or composed: rejected ones, or their article's body missing or out of date.");
        meter.CreateObservableCounter("contentapi.cache.evictions", () => new[]
        {
            new Measurement<long>(Volatile.Read(ref _evictionsNotified), new KeyValuePair<string, object?>("cause", "notify")),
            new Measurement<long>(Volatile.Read(ref _evictionsReconnect), new KeyValuePair<string, object?>("cause", "reconnect")),
            new Measurement<long>(Volatile.Read(ref _evictionsLocal), new KeyValuePair<string, object?>("cause", "local_write")),
        }, "{eviction}", "Drops of every cached response: on a change NOTIFY from the primary, after a lost listener connection, or on this instance's own write.");
    }

    public void PageStored(bool created) => Interlocked.Increment(ref (created ? ref _pagesCreated : ref _pagesDuplicate));

    /// <summary>An ingest that stored nothing; <paramref name="reason"/> is one of a few fixed words (docs/operations.md).</summary>
    public void PageFailed(string reason) => _pagesFailed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Extracted(TimeSpan duration) => _extractionDuration.Record(duration.TotalSeconds);

    public void StatisticsExtracted(string category, int count) =>
        _statisticsExtracted.Add(count, new KeyValuePair<string, object?>("category", category));

    public void OutputCacheHit() => Interlocked.Increment(ref _cacheHits);

    public void OutputCacheMiss() => Interlocked.Increment(ref _cacheMisses);

    public void ArticleBodyRendered() => Interlocked.Increment(ref _bodiesRendered);

    public void ArticleBodiesDue(long count) => Volatile.Write(ref _bodiesDue, count);

    public void ArticleBodyRead(bool stored) => Interlocked.Increment(ref (stored ? ref _bodiesStored : ref _bodiesComposed));

    public void StatisticBodiesRead(long stored, long composed)
    {
        Interlocked.Add(ref _statisticsStored, stored);
        Interlocked.Add(ref _statisticsComposed, composed);
    }

    public void NotModified() => Interlocked.Increment(ref _notModified);

    public void RateLimited(bool write) => Interlocked.Increment(ref (write ? ref _writeRejections : ref _readRejections));

    public void CacheEvicted(EvictionCause cause)
    {
        switch (cause)
        {
            case EvictionCause.Notify:
                Interlocked.Increment(ref _evictionsNotified);
                break;
            case EvictionCause.Reconnect:
                Interlocked.Increment(ref _evictionsReconnect);
                break;
            default:
                Interlocked.Increment(ref _evictionsLocal);
                break;
        }
    }

    void IReplicaWaits.Waited(TimeSpan waited, bool fellBackToPrimary)
    {
        Interlocked.Increment(ref _replicaWaits);
        if (fellBackToPrimary)
        {
            Interlocked.Increment(ref _primaryFallbacks);
        }

        _replicaWaitDuration.Record(waited.TotalSeconds);
    }
}

/// <summary>Why every cached response was dropped.</summary>
public enum EvictionCause
{
    /// <summary>A NOTIFY from the primary: some instance changed the content.</summary>
    Notify,

    /// <summary>The listener's connection was lost, so notifications may have been missed.</summary>
    Reconnect,

    /// <summary>This instance's own write, before its NOTIFY comes back.</summary>
    LocalWrite,
}

/// <summary>The spans the product adds to a trace, beside ASP.NET Core's and Npgsql's.</summary>
public static class ContentTracing
{
    public static readonly ActivitySource Source = new(ContentMetrics.MeterName);
}
