using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The words of the predicate that a metric read before its figure may still end in once every other reading is done:
/// the 在 of a level (月薪普遍在6000元左右), 同比 (旅游收入同比增长20%), the modal 不得 (住宅高度不得超过60米),
/// an adverb of range or aspect (单产普遍达到, 人数已超过). In Chinese they stand between the subject and the value and end
/// no noun, so the metric, and the subject a later figure carries, lose them.
/// </summary>
internal static class PredicateEndings
{
    // The words, longest taken first (a data file).
    private static readonly string[] Endings = MetricWordList.Words("predicate-endings");

    // Nouns and adverbs that end in one of those characters and are words of their own (存在, 所在, 现在, 公共, 而已), and
    // the capitals whose 都 the ending 都在 would take (成都在, 首都在: only their 在 would be the predicate's, and it stays).
    private static readonly string[] WordsEndingSo = ["存在", "所在", "现在", "正在", "实在", "内在", "外在", "自在", "潜在", "公共", "而已", "不已", "成都在", "首都在"];

    // Fewer characters than this left would name nothing (在 alone, 将在): the metric is left as it is.
    private const int MinWordsLeft = 2;

    /// <summary>The reading without the predicate's words at the end of its subject (and of its metric, which opens with it).</summary>
    public static MetricReading Without(MetricReading reading)
    {
        var subject = Stripped(reading.Subject);
        if (subject.Length == reading.Subject.Length)
        {
            return reading;
        }

        // 旅游收入同比（增长）: a bracket after the subject is what a carried figure adds; it stays as it is.
        var metric = reading.Metric == reading.Subject ? subject
            : reading.Metric.StartsWith(reading.Subject + "（", StringComparison.Ordinal) ? subject + reading.Metric[reading.Subject.Length..]
            : reading.Metric;
        return reading with { Metric = metric, Subject = subject };
    }

    /// <summary>The words without the predicate's words at their end (a list item's 同比 before 分别).</summary>
    public static string Stripped(string words)
    {
        var phrase = words.AsSpan();
        for (var length = EndingLength(phrase, Endings); length > 0 && phrase.Length - length >= MinWordsLeft && !EndsWithAny(phrase, WordsEndingSo);
             length = EndingLength(phrase, Endings))
        {
            phrase = phrase[..^length];
        }

        return phrase.Length == words.Length ? words : phrase.ToString();
    }
}
