using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 分为 "is divided into" links what is divided to the number of its parts (比赛分为两场, 补助类型分为两种, 将队伍分为了两个
/// 工作小组), as 为 alone links a figure to what it counts; its 分 is no part of the noun before it. Where 分 closes a word
/// of its own (部分为, 积分为, 划分为: a data file), only 为 links, as before.
/// </summary>
internal static class DividedInto
{
    private static readonly string[] Verbs = ["分为了", "分为"];

    // Words that end in 分 (a data file), whose 分 stays with them before 为.
    private static readonly string[] WordsEndingInFen = MetricWordList.Words("words-ending-in-fen");

    // The noun keeps two characters at least.
    private const int MinNoun = 2;

    /// <summary>The words before a figure without the 分为 (or 分为了) that ends them.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> words)
    {
        var verb = EndingLength(words, Verbs);
        if (verb == 0 || words.Length - verb < MinNoun)
        {
            return words;
        }

        // The words through the 分, which may close a word of their own.
        var throughFen = words[..(words.Length - verb + 1)];
        return EndsWithAny(throughFen, WordsEndingInFen) ? words : words[..^verb];
    }

    /// <summary>Where a noun read after a count from <paramref name="at"/> ends, when the 为 at <paramref name="end"/> that stopped it closes 分为.</summary>
    public static int NounEnd(string text, int at, int end) =>
        end < text.Length && text[end] == '为' && end - 1 - at >= MinNoun && text[end - 1] == '分'
        && !EndsWithAny(text.AsSpan(at, end - at), WordsEndingInFen)
            ? end - 1
            : end;
}
