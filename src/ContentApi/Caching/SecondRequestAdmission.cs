using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Caching;

/// <summary>
/// Stores an answer in the output cache only when its URL is asked for the second time within the last many
/// requests (a "doorkeeper", as in TinyLFU). A URL asked once — a dummy parameter, a crawler walking every page, the
/// unique-URL lines of bench/load.sh — then costs neither the copy of its body into the cache nor the garbage
/// collections that the cache's churn caused: with every answer stored, 32 MB of entries went through the oldest
/// generation and the article by id, unique URL, allocated and paused more (docs/benchmarks.md, "The article by id").
/// A URL that is asked again is stored on its second request and served from the cache from the third on.
/// </summary>
internal sealed class SecondRequestAdmission : IOutputCachePolicy
{
    // 64 Ki slots of a 32-bit hash each (256 KB): a URL is remembered until about that many other URLs have been asked.
    // Two URLs that share a slot only forget each other, and one that shares a hash is stored a request early.
    private const int Slots = 1 << 16;
    private readonly int[] _seen = new int[Slots];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.EnableOutputCaching && context.AllowCacheStorage && !SeenBefore(context.HttpContext.Request))
        {
            // Before the response runs, so the body is not buffered for the cache at all; a stored answer is still served.
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>True when this URL and representation were asked for recently; remembers them otherwise.</summary>
    private bool SeenBefore(HttpRequest request)
    {
        // What the cache varies by: path, query and Accept. Zero marks an empty slot, so a hash of zero is never "seen".
        var hash = HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(request.Path.Value ?? ""),
            StringComparer.Ordinal.GetHashCode(request.QueryString.Value ?? ""),
            StringComparer.Ordinal.GetHashCode(request.Headers.Accept.ToString()));
        ref var slot = ref _seen[hash & (Slots - 1)];
        if (slot == hash && hash != 0)
        {
            return true;
        }

        slot = hash;
        return false;
    }
}
