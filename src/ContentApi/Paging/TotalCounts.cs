using System.Collections.Concurrent;
using ContentApi.Caching;

namespace ContentApi.Paging;

/// <summary>
/// The exact <c>total</c> of a list, counted once per filter and content version. Counting a million statistics
/// costs far more than reading a page of them, and every page and every cursor step of one filter has the same
/// total, which only an ingest or a delete can change; both move the content version, which drops every total
/// remembered. A count that races a change may be remembered for the version before it, until that change's
/// notification arrives a moment later.
/// </summary>
internal sealed class TotalCounts(ContentVersion version)
{
    // Bounds the memory that many distinct filters can take; past it, counts are simply not remembered.
    private const int MaxRemembered = 10_000;

    private Remembered _remembered = new(0);

    public async Task<long> CountAsync(string filterKey, Func<Task<long>> count, CancellationToken cancellationToken)
    {
        var current = await version.CurrentAsync(cancellationToken);
        var remembered = Volatile.Read(ref _remembered);
        if (remembered.Version != current)
        {
            remembered = new Remembered(current);
            Volatile.Write(ref _remembered, remembered);
        }

        if (remembered.Counts.TryGetValue(filterKey, out var total))
        {
            return total;
        }

        total = await count();
        if (remembered.Counts.Count < MaxRemembered)
        {
            remembered.Counts.TryAdd(filterKey, total);
        }

        return total;
    }

    /// <summary>Builds the key of a filter from its values, in a fixed order.</summary>
    public static string KeyOf(params object?[] filterValues) =>
        string.Join('\u001f', filterValues.Select(v => v is string[] list ? string.Join(',', list) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));

    private sealed record Remembered(long Version)
    {
        public ConcurrentDictionary<string, long> Counts { get; } = new();
    }
}
