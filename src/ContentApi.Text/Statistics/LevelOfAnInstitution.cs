using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 5家县（市）人民医院, 26个乡镇（街道）公共法律服务站: an aside in brackets after a level of government only widens the level;
/// when the name of an institution follows it, the level is that institution's modifier, and the institution is what is
/// counted (县人民医院). With a verb after the aside (9个市（州）启动应急响应) the level is counted, as before.
/// </summary>
internal static class LevelOfAnInstitution
{
    private static readonly string[] InstitutionHeads = MetricWordList.Words("institution-heads");

    // The levels named by one character (省, 市, 县 …).
    private const string LevelsOfOneCharacter = "省市县区乡镇村";

    // 县, 乡镇, 街道: a level of one character, or a division word of the category lexicon.
    private static bool IsLevel(string words) =>
        (words.Length == 1 && LevelsOfOneCharacter.Contains(words[0]))
        || (Categories.CategoryLexicon.Default.PhraseWordEndingAt(words, words.Length) is { Source: Categories.CategoryLexicon.DivisionSource } level
            && level.Word.Length == words.Length);

    /// <summary>
    /// The level and the institution named after its aside (the aside opening at <paramref name="asideStart"/> and
    /// closing before <paramref name="asideEnd"/>) as the noun counted, and where it ends; or null.
    /// </summary>
    public static (string Noun, int End)? Read(string text, string level, int asideStart, int asideEnd, int clauseEnd)
    {
        if (asideEnd <= asideStart || !IsLevel(level))
        {
            return null;
        }

        // The words read after the aside may run on into the predicate (人民医院云端连线): the institution ends at the last
        // head of a name in them.
        var words = MetricFinder.ForwardNoun(text, asideEnd, clauseEnd).Noun;
        // 14个县（市、区）下发督办函, 30个县（市）建成远程医疗站: a verb after the aside opens the predicate of the levels
        // counted, whatever its object is.
        if (MetricFinder.StartsWithAVerb(words))
        {
            return null;
        }

        for (var length = words.Length; length >= MinInstitution; length--)
        {
            if (EndsWithAny(words.AsSpan(0, length), InstitutionHeads))
            {
                return (level + words[..length], asideEnd + length);
            }
        }

        return null;
    }

    // 防办: the shortest name of an institution.
    private const int MinInstitution = 2;
}
