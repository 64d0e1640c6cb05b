using ContentApi.Caching;

namespace ContentApi.Statistics;

/// <summary>
/// The stored bodies of statistics (db/0019_statistic_bodies.sql) this process has read, each under the revision it
/// was read with (db/0030_stored_body_revisions.sql; <see cref="HeldJson{TKey}"/>): a list's statement then sends the
/// page's ids and revisions, and the bytes only of the bodies not held.
/// </summary>
internal sealed class StatisticBodyCache() : HeldRows(MaxBytes)
{
    /// <summary>How many bytes of bodies are held at most, with what each entry costs beyond them: about 28,000 bodies of the bench archive (990 bytes each).</summary>
    public const long MaxBytes = 32 * 1024 * 1024;
}
