using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 吸引300多人参加, 组织近600人进行搜救: the people a verb gathers (吸引, 组织, 出动 …) are also the subject of the verb phrase
/// after their count (a pivot construction, 兼语句), so with no noun of their own they are named by what they do there,
/// whatever the words before the gathering verb; the verb only says who brought them. Besides the predicate verbs of
/// any count, 进行 and 从事 open what they do (进行搜救: 搜救).
/// </summary>
internal static class GatheredPeople
{
    private static readonly string[] Verbs = MetricWordList.Words("gathering-verbs");

    // What may stand between the gathering verb and the count: 了, a total's adverb (吸引了, 组织共).
    private static readonly string[] BetweenVerbAndCount = ["了", "共", "累计", "共计", "总计", "一共"];

    /// <summary>The verbs that open what gathered people do, whose object names them (进行搜救, 从事家政服务).</summary>
    public static readonly string[] DoingVerbs = ["进行", "从事"];

    /// <summary>Whether the words before a count of people end in a verb that gathers them.</summary>
    public static bool Gather(ReadOnlySpan<char> words)
    {
        words = words.TrimEnd();
        for (var trimmed = true; trimmed;)
        {
            var length = EndingLength(words, BetweenVerbAndCount);
            trimmed = length > 0 && length < words.Length;
            words = trimmed ? words[..^length] : words;
        }

        return EndsWithAny(words, Verbs);
    }
}
