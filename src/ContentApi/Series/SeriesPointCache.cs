using ContentApi.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Series;

/// <summary>
/// The stored points of series (db/0023_series_points_in_order.sql) this process has read, each under the revision
/// it was read with (db/0029_series_point_revisions.sql; <see cref="HeldJson{TKey}"/>): a series of 1,000 points is 537 KB
/// that PostgreSQL otherwise joins and sends, and the service reads back, at every request. A point stored without
/// bytes (too long for the table) is held as empty, so that its series is composed without reading it again. A page's
/// content made of held points is held too, under its query and the ids and revisions it was made of in order: served
/// again while the page's statement names the same keys, with no lookup of each point, no joining and no per-point
/// copying (15 % of the service's sampled time for 1,000 points, docs/benchmarks.md).
/// </summary>
internal sealed class SeriesPointCache() : HeldRows(MaxBytes)
{
    /// <summary>
    /// How many bytes of points and pages are held at most, with what each entry costs beyond them: about 48,000 points
    /// of the bench archive (540 bytes each), or 24 series of a full page with their pages.
    /// </summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    /// <summary>The content held for <paramref name="page"/> when it was made of exactly the points <paramref name="keys"/> names, in order.</summary>
    public bool TryGetPage(SeriesPage page, ReadOnlySpan<byte> keys, out IReadOnlyList<byte[]> content)
    {
        if (Entries.TryGetValue(page, out var held) && held is HeldPage found && keys.SequenceEqual(found.Keys))
        {
            content = found.Content;
            return true;
        }

        content = [];
        return false;
    }

    /// <summary>Holds <paramref name="page"/>'s content, made of the points <paramref name="keys"/> names (ids and revisions, in order).</summary>
    public void AddPage(SeriesPage page, byte[] keys, IReadOnlyList<byte[]> content) =>
        Entries.Set(page, new HeldPage(keys, content),
            new MemoryCacheEntryOptions { Size = keys.Length + content.Sum(block => (long)block.Length) + EntryOverhead });

    private sealed record HeldPage(byte[] Keys, IReadOnlyList<byte[]> Content);
}

/// <summary>A page of a series as asked for: its key, unit, area (null for none) and size.</summary>
internal sealed record SeriesPage(string MetricKey, string Unit, string? PlaceCode, int Limit);
