using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.MetricKeys;

/// <summary>
/// The metric normalised so that one quantity has one name across pages: place names, time words, scope words
/// (全区, 我市), modal words (力争, 预计) and a measuring head at the end (人数, 数量) removed. 红桥区注册志愿者人数,
/// 2023年注册志愿者 and 全区注册志愿者 all have the key 注册志愿者. A key keeps a noun: 参与人数 stays 参与人数, since
/// 参与 alone is an act, not a thing counted.
/// </summary>
public static partial class MetricKey
{
    private static readonly IReadOnlyList<(string Kind, string Word)> Rows = Load();
    private static readonly Lexicon Removed = new(Rows.Where(row => row.Kind is not ("head" or "verb")).Select(row => row.Word));
    private static readonly FrozenSet<string> TimeWords = Rows.Where(row => row.Kind == "time").Select(row => row.Word).ToFrozenSet(StringComparer.Ordinal);
    private static readonly Lexicon NotNouns = new(Rows.Where(row => row.Kind == "verb").Select(row => row.Word));
    private static readonly string[] Heads = Rows.Where(row => row.Kind == "head").Select(row => row.Word).OrderByDescending(w => w.Length).ToArray();

    // 比上年同期, 较一季度, 较1-6月: the comparison a time word or a date stands in, removed with it, else 较 would be left
    // dangling. Longest first, so that 相比 goes whole.
    private const string ComparisonWords = "相比|比|较";
    private static readonly string[] Comparisons = ComparisonWords.Split('|');

    // Years, months and days as written (2023年, 7月, 15日, 1-5月) date a figure; they do not name it. The comparison
    // they stand in goes with them (较1-6月加快 is 加快).
    [GeneratedRegex("(?:" + ComparisonWords + @")?(?:[0-9〇零一二三四五六七八九]{4}年|[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月(?:份)?|[0-9]{1,2}日)")]
    private static partial Regex Dates();

    /// <summary>Every row of the word list, for the shape test.</summary>
    internal static IReadOnlyList<(string Kind, string Word)> Words => Rows;

    /// <summary>The key of <paramref name="metric"/>; the metric itself when nothing would be left.</summary>
    public static string Of(string metric)
    {
        // Every date the pattern reads ends in 年, 月 or 日: a metric without them (most) is not searched.
        var text = metric.AsSpan().IndexOfAny(DateEndings) >= 0 ? Dates().Replace(metric, "") : metric;
        var buffer = text.Length <= MaxStackMetric ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var table = DivisionTable.Default;
        var at = 0;
        while (at < text.Length)
        {
            var word = Removed.At(text, at) ?? table.UnambiguousNameAt(text, at);
            if (word is not null)
            {
                if (TimeWords.Contains(word))
                {
                    length -= Comparison(buffer[..length]);
                }

                at += word.Length;
                continue;
            }

            buffer[length++] = text[at];
            at++;
        }

        var key = Balanced(((ReadOnlySpan<char>)buffer[..length]).Trim("的 、-—"));
        foreach (var head in Heads)
        {
            // 参与人数 keeps its head: 参与 alone is an act, and 服务人数 and 服务 (a count of services) would share a key.
            if (key.Length > head.Length && key.EndsWith(head, StringComparison.Ordinal) && IsNoun(key[..^head.Length].TrimEnd('的')))
            {
                key = key[..^head.Length].TrimEnd('的');
                break;
            }
        }

        // 2022年全年和2023年一季度 leaves 和: nothing that names a quantity is left, and the metric is its own key.
        return !IsNoun(key) || key.SequenceEqual(metric) ? metric : key.ToString();
    }

    // The length of the comparison word the kept text ends with (比 of 固定资产投资比), or 0.
    private static int Comparison(ReadOnlySpan<char> kept)
    {
        foreach (var comparison in Comparisons)
        {
            if (kept.EndsWith(comparison, StringComparison.Ordinal))
            {
                return comparison.Length;
            }
        }

        return 0;
    }

    // 地区生产总值（同比增长）keeps its note, whole: a bracket is trimmed from an end only when its partner is gone
    // (（中学 of 其中小学（中学）after 其中 is removed would be an opening bracket alone).
    private static ReadOnlySpan<char> Balanced(ReadOnlySpan<char> key)
    {
        while (key.Length > 0 && key[0] is '（' or '(' && key.IndexOfAny('）', ')') < 0)
        {
            key = key[1..];
        }

        while (key.Length > 0 && key[^1] is '）' or ')' && key.IndexOfAny('（', '(') < 0)
        {
            key = key[..^1];
        }

        // 共计（累计） leaves an empty pair: nothing.
        return key is "（）" or "()" ? [] : key.Trim("的 、");
    }

    // Whether a key names a thing: at least two characters, not made only of verbs and function words (参与, 占报名, 和),
    // which say what was done, not what was counted.
    private static bool IsNoun(ReadOnlySpan<char> key)
    {
        if (key.Length < MinKey)
        {
            return false;
        }

        var keyText = key.ToString();
        for (var at = 0; at < keyText.Length;)
        {
            if (NotNouns.At(keyText, at) is not { } word)
            {
                return true;
            }

            at += word.Length;
        }

        return false;
    }

    // One character (省, 村, 少) is too vague a name for a quantity.
    private const int MinKey = 2;

    private static readonly SearchValues<char> DateEndings = SearchValues.Create("年月日");

    // A metric is a phrase of a few words; a longer one is kept on the heap.
    private const int MaxStackMetric = 256;

    private static List<(string, string)> Load() =>
        EmbeddedTsv.Rows("ContentApi.Text.MetricKeys.metric-key-words.tsv").Select(cells => (cells[0], cells[1])).ToList();
}
