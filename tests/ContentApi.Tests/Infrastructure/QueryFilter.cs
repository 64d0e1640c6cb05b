namespace ContentApi.Tests.Infrastructure;

/// <summary>A filter of a list as its query string gives it, and what it means for one item of the list.</summary>
public sealed record QueryFilter<T>(string Query, Func<T, bool> Selects)
{
    public HashSet<string> Names { get; } = Query.Split('&').Select(p => p.Split('=')[0]).ToHashSet();

    /// <summary>
    /// Every filter alone, then every pair of them that names different parameters: a parameter given twice is
    /// another filter (category: either one) or a 400 (status).
    /// </summary>
    public static IEnumerable<QueryFilter<T>[]> AloneAndInPairs(IReadOnlyList<QueryFilter<T>> filters) =>
        filters.Select(f => new[] { f }).Concat(
            filters.SelectMany((f, i) => filters.Skip(i + 1).Where(o => !o.Names.Overlaps(f.Names)).Select(o => new[] { f, o })));
}
