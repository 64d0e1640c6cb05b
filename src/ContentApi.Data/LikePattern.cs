namespace ContentApi.Data;

/// <summary>LIKE patterns from user text, for the substring filters (article search, metric).</summary>
public static class LikePattern
{
    /// <summary>Matches any text that contains <paramref name="text"/>; its own % and _ (and the escape \) are literal.</summary>
    public static string Containing(string text) =>
        "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
