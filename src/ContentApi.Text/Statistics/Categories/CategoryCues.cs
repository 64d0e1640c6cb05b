namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// The cue words of the category rules, read from the embedded <c>category-cues.tsv</c>: words around a count that a
/// rule of <see cref="CategoryRules"/> looks for (企业, 出动, 养殖, 大赛), one list a cue, in the file's order.
/// </summary>
internal static class CategoryCues
{
    private static readonly ILookup<string, string> ByCue =
        DataTable.Read("category-cues.tsv", "word", "cue").ToLookup(row => row[1], row => row[0]);

    /// <summary>The words of the cue <paramref name="cue"/>, in file order.</summary>
    public static string[] Words(string cue) =>
        ByCue[cue].ToArray() is { Length: > 0 } words ? words : throw new InvalidDataException($"category-cues.tsv: no words for the cue {cue}");
}
