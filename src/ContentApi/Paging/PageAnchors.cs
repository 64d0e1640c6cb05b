using System.Collections.Concurrent;

namespace ContentApi.Paging;

/// <summary>
/// Where the pages by number of a list start, remembered per list (its filters and sort) and content version. Page n
/// by number skips (n - 1) × size rows, which PostgreSQL can only do by reading every one of them: page 1,000 of 20
/// statistics walks 20,000 index entries, ten times the work of the page itself. Each page served by number leaves
/// two anchors, where it starts and where the next one starts, each a keyset cursor; a later page of the same list
/// starts from the nearest anchor at or before it and skips only the rows between. A client that reads a list page by
/// page, or asks again for a page it has seen, then reads as little as one that follows cursors.
/// </summary>
/// <remarks>
/// A position is only true of the content it was found in, so every change that can move a row (an ingest, a delete,
/// a correction, a re-extraction) moves the content version (db/0003, db/0008). The anchors are kept with the totals
/// of one version (<see cref="TotalCounts.OfVersion.Anchors"/>), so a new version starts with none, and a page that
/// races a change may leave an anchor of the new content under the version before it, as a count may, until that
/// change's notification arrives a moment later.
/// </remarks>
internal sealed class PageAnchors
{
    // Bounds the memory that many lists and deep pages can take (an anchor is a cursor: about a hundred bytes); past
    // it, positions are simply not remembered until the version moves.
    private const int MaxRemembered = 20_000;

    // Per list, anchor positions in ascending order with the cursor whose rows start there.
    private readonly ConcurrentDictionary<string, SortedList<int, Cursor>> _lists = new();
    private int _count;

    /// <summary>
    /// The id of a cursor that starts at the row with <paramref name="firstId"/>, with that row's sort key: ids are whole
    /// numbers and break every tie, so the rows after that key with the id one before (one after, in a descending
    /// sort) begin with that row.
    /// </summary>
    public static long IdBefore(string sort, long firstId) => sort.StartsWith('-') ? firstId + 1 : firstId - 1;

    /// <summary>
    /// The nearest anchor of <paramref name="listKey"/> at or before <paramref name="offset"/>: its position and the
    /// cursor that starts there; none when no page of the list before that point has been read.
    /// </summary>
    public (int Position, Cursor Start)? Nearest(string listKey, int offset)
    {
        if (!_lists.TryGetValue(listKey, out var anchors))
        {
            return null;
        }

        lock (anchors)
        {
            var positions = anchors.Keys;
            int low = 0, high = positions.Count - 1, found = -1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (positions[middle] <= offset)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found < 0 ? null : (positions[found], anchors.Values[found]);
        }
    }

    /// <summary>
    /// Remembers where a page by number at <paramref name="offset"/> starts, the cursor <paramref name="start"/>
    /// (<see cref="IdBefore"/>), and where the next page starts, <paramref name="next"/> (none after the last).
    /// </summary>
    public void RememberPage(string listKey, int offset, int size, Cursor start, Cursor? next)
    {
        Remember(listKey, offset, start);
        if (next is not null)
        {
            Remember(listKey, offset + size, next);
        }
    }

    /// <summary>Remembers that the rows of <paramref name="listKey"/> from position <paramref name="position"/> on are the ones after <paramref name="start"/>.</summary>
    public void Remember(string listKey, int position, Cursor start)
    {
        if (position <= 0 || Volatile.Read(ref _count) >= MaxRemembered)
        {
            return;
        }

        var anchors = _lists.GetOrAdd(listKey, _ => new SortedList<int, Cursor>());
        lock (anchors)
        {
            if (anchors.TryAdd(position, start))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
