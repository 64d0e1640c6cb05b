namespace ContentApi.Text.Places;

/// <summary>
/// One administrative division of the reference table: <see cref="Code"/> is its GB/T 2260 code (two digits for a
/// province, four for a prefecture, six for a county; nine, the statistics bureau's, for a township or street), so
/// every division's code begins with its ancestors' codes. <see cref="ShortName"/> is the name without its generic
/// ending (红桥区 → 红桥, 景东彝族自治县 → 景东).
/// </summary>
public sealed record Division(string Code, string? ParentCode, string Level, string Name, string ShortName);

/// <summary>The levels of a place, from the largest down; the last two are named by the text, never by the table.</summary>
public static class PlaceLevel
{
    public const string Province = "province";
    public const string Prefecture = "prefecture";
    public const string County = "county";
    public const string Township = "township";
    public const string Village = "village";
    public const string Community = "community";

    /// <summary>0 for a province, deeper levels higher.</summary>
    public static int Depth(string level) => level switch
    {
        Province => 0,
        Prefecture => 1,
        County => 2,
        Township => 3,
        _ => 4,
    };
}
