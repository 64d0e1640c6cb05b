using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Caching;

/// <summary>
/// Stored JSON this process has read, each held under the revision it was read with (db/0029, db/0030: every write of
/// a stored row gives it a new revision). Bytes held for the revision a request's statement names are the stored
/// bytes, so PostgreSQL need send only ids and revisions. Unlike the output cache, this is no answer kept: every
/// request still reads its rows and their revisions in its own snapshot; only the bytes are held. Past
/// <c>maxBytes</c>, the entries least recently read go first.
/// </summary>
internal abstract class HeldJson<TKey>(long maxBytes) : IDisposable
    where TKey : notnull
{
    /// <summary>What an entry costs beyond its bytes: the entry, its key and the held bytes, each an object.</summary>
    protected const int EntryOverhead = 160;

    /// <summary>The entries, keyed by a row's key; a subclass may hold entries of its own under keys of other types.</summary>
    protected MemoryCache Entries { get; } = new(new MemoryCacheOptions { SizeLimit = maxBytes });

    /// <summary>The bytes held for the row <paramref name="key"/> under <paramref name="revision"/>, if any.</summary>
    public bool TryGet(TKey key, long revision, out byte[] json)
    {
        if (TryGetAny(key, out var held, out json) && held == revision)
        {
            return true;
        }

        json = [];
        return false;
    }

    /// <summary>The bytes held for the row <paramref name="key"/> and the revision they were read under, if any.</summary>
    public bool TryGetAny(TKey key, out long revision, out byte[] json)
    {
        if (Entries.TryGetValue(key, out var held) && held is HeldRow found)
        {
            (revision, json) = (found.Revision, found.Bytes);
            return true;
        }

        (revision, json) = (0, []);
        return false;
    }

    /// <summary>
    /// Holds the row's bytes as read under <paramref name="revision"/>, replacing those of another revision: a read
    /// that ends after a newer one replaces the newer, which is then read again, never served stale.
    /// </summary>
    public void Add(TKey key, long revision, byte[] json) =>
        Entries.Set(key, new HeldRow(revision, json), new MemoryCacheEntryOptions { Size = json.Length + EntryOverhead });

    public void Dispose() => Entries.Dispose();

    private sealed record HeldRow(long Revision, byte[] Bytes);
}
