namespace ContentApi.Places;

/// <summary>
/// An area: <c>code</c> its GB/T 2260 code (a village or community the table lacks carries its parent's code),
/// <c>name</c> as the standard writes it, <c>level</c> (province, prefecture, county, township, village, community) and
/// <c>path</c> the names from the province down.
/// </summary>
public sealed record PlaceDto(string Code, string Name, string Level, IReadOnlyList<string> Path)
{
    /// <summary>From the columns; the path is read as one string (array_to_string(place_path, '/')), which Dapper's constructor mapping takes.</summary>
    internal static PlaceDto? Of(string? code, string? name, string? level, string? path) =>
        code is null || name is null ? null : new PlaceDto(code, name, level ?? "", path is null ? [name] : path.Split('/'));
}

/// <summary>
/// The time a figure describes: <c>year</c>, <c>from</c>/<c>to</c> where known (a running total ends on the publication
/// date), <c>label</c> as a chart names it (2023年上半年), and <c>isTarget</c> for a figure aimed at, not reached.
/// </summary>
public sealed record PeriodDto(int Year, DateOnly? From, DateOnly? To, string Label, bool IsTarget)
{
    internal static PeriodDto? Of(int? year, DateOnly? from, DateOnly? to, string? label, bool isTarget) =>
        year is { } y ? new PeriodDto(y, from, to, label ?? $"{y}年", isTarget) : null;
}

/// <summary>An area that has statistics, with how many name it exactly (<c>count</c>) and with its descendants (<c>total</c>).</summary>
public sealed record PlaceCount(string Code, string Name, string Level, IReadOnlyList<string> Path, long Count, long Total)
{
    /// <summary>The areas inside this one that have statistics; filled only in the tree view.</summary>
    public IReadOnlyList<PlaceCount>? Children { get; init; }
}
