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

    private OfVersion _remembered = new(0);

    /// <summary>
    /// The totals of the current content version. Taken before the request opens its connection: without the change
    /// listener the version is read on a connection of its own, and a request holding one connection while it waits
    /// for a second can wait for ever once the pool is small and every request does the same.
    /// </summary>
    public async ValueTask<OfVersion> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = await version.CurrentAsync(cancellationToken);
        var remembered = Volatile.Read(ref _remembered);
        if (remembered.Version == current)
        {
            return remembered;
        }

        // Versions only rise: an older one (a request that read it just before a change) gets a set of its own and
        // leaves the current one in place.
        var fresh = new OfVersion(current);
        if (current > remembered.Version)
        {
            Volatile.Write(ref _remembered, fresh);
        }

        return fresh;
    }

    /// <summary>Builds the key of a filter from its values, in a fixed order.</summary>
    public static string KeyOf(params object?[] filterValues) =>
        string.Join('\u001f', filterValues.Select(v => v is string[] list ? string.Join(',', list) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The totals remembered for one content version.</summary>
    internal sealed class OfVersion(long version)
    {
        // A count in progress is shared: when the version moves, every request of a filter whose count takes a second
        // (a common search word: 1.5 s of PostgreSQL's CPU) would otherwise count it at once, 16 requests 16 times
        // over on two cores, and none would answer for many seconds.
        private readonly ConcurrentDictionary<string, Task<long>> _counts = new();

        public long Version { get; } = version;

        /// <summary>Where this version's pages by number start (<see cref="PageAnchors"/>).</summary>
        public PageAnchors Anchors { get; } = new();

        /// <summary>The total of <paramref name="filterKey"/>: remembered, being counted by another request, or counted now by <paramref name="count"/>.</summary>
        public async Task<long> CountAsync(string filterKey, Func<Task<long>> count, CancellationToken cancellationToken)
        {
            while (true)
            {
                if (_counts.TryGetValue(filterKey, out var shared))
                {
                    try
                    {
                        return await shared.WaitAsync(cancellationToken);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        // The request that counted was cancelled (its client went away): not this one's answer; count
                        // again. A count that failed is everyone's answer (the database's error): waiting for the
                        // next request's count to fail as well would only make each wait longer.
                        _counts.TryRemove(new KeyValuePair<string, Task<long>>(filterKey, shared));
                        continue;
                    }
                }

                if (_counts.Count >= MaxRemembered)
                {
                    return await count();
                }

                var counting = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!_counts.TryAdd(filterKey, counting.Task))
                {
                    continue;
                }

                try
                {
                    var total = await count();
                    counting.SetResult(total);
                    return total;
                }
                catch (Exception e)
                {
                    _counts.TryRemove(new KeyValuePair<string, Task<long>>(filterKey, counting.Task));
                    counting.SetException(e);
                    // Observed here, so that a failure no other request waited for is not reported as unobserved.
                    _ = counting.Task.Exception;
                    throw;
                }
            }
        }
    }
}
