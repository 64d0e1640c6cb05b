using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 8个形式活泼、内容精湛、主题深刻的宣传短视频, 20余种新鲜又实惠的商品: words between a count and 的 that end in a descriptive
/// adjective (or are an idiom that describes) are a relative clause, since an adjective predicate cannot head a noun
/// phrase; the head after the 的 is what is counted. Positive evidence only: a noun before 的 (4个班次的时间, 25吨浓硝酸的
/// 罐车) ends in no adjective of the list.
/// </summary>
internal static class DescriptiveAdjectives
{
    private static readonly string[] Words = MetricWordList.Words("descriptive-adjectives");

    private const char ListComma = '、';

    /// <summary>Whether every item of the words (a list joined by 、, or one phrase) ends in a descriptive adjective or idiom.</summary>
    public static bool EndEveryItem(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(ListComma))
        {
            if (!EndsWithAny(words[range], Words))
            {
                return false;
            }
        }

        return words.Length > 0;
    }
}
