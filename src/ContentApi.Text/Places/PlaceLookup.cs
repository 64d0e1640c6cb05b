namespace ContentApi.Text.Places;

/// <summary>Finds the division a caller names by its code (120106) or its name (红桥区, 红桥): one, or none when ambiguous.</summary>
public static class PlaceLookup
{
    /// <summary>The place of <paramref name="codeOrName"/>, or null when it names no division or several.</summary>
    public static Place? Find(string? codeOrName, DivisionTable? divisions = null)
    {
        var table = divisions ?? DivisionTable.Default;
        return Division(codeOrName, table) is { } division ? Place.Of(division, table) : null;
    }

    /// <summary>The division of <paramref name="codeOrName"/>, or null when it names no division or several.</summary>
    public static Division? Division(string? codeOrName, DivisionTable table)
    {
        var wanted = codeOrName?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return null;
        }

        if (wanted.All(char.IsAsciiDigit))
        {
            return table.Find(wanted);
        }

        var named = table.Named(wanted);
        var exact = named.Where(d => d.Name == wanted).ToList();
        var candidates = exact.Count > 0 ? exact : named.ToList();
        // The largest of equal names: 吉林 is the province; two counties called 朝阳区 stay ambiguous.
        var top = candidates.Count > 0 ? candidates.Min(d => PlaceLevel.Depth(d.Level)) : 0;
        var highest = candidates.Where(d => PlaceLevel.Depth(d.Level) == top).ToList();
        return highest.Count == 1 ? highest[0] : null;
    }
}
