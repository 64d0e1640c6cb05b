using System.Buffers;
using System.Text.RegularExpressions;
using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.MetricKeys;

/// <summary>
/// The metric normalised so that one quantity has one name across pages: place names, time words, scope words
/// (全区, 我市), modal words (力争, 预计) and a measuring head at the end (人数, 数量) removed. 红桥区注册志愿者人数,
/// 2023年注册志愿者 and 全区注册志愿者 all have the key 注册志愿者.
/// </summary>
public static partial class MetricKey
{
    private static readonly IReadOnlyList<(string Kind, string Word)> Rows = Load();
    private static readonly Lexicon Removed = new(Rows.Where(row => row.Kind != "head").Select(row => row.Word));
    private static readonly string[] Heads = Rows.Where(row => row.Kind == "head").Select(row => row.Word).OrderByDescending(w => w.Length).ToArray();

    // Years, months and days as written (2023年, 7月, 15日, 1-5月) date a figure; they do not name it.
    [GeneratedRegex(@"[0-9〇零一二三四五六七八九]{4}年|[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月(?:份)?|[0-9]{1,2}日")]
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
            var word = Removed.At(text, at) ?? PlaceName(text, at, table);
            if (word is not null)
            {
                at += word.Length;
                continue;
            }

            buffer[length++] = text[at];
            at++;
        }

        var key = ((ReadOnlySpan<char>)buffer[..length]).Trim("的 、（）()");
        foreach (var head in Heads)
        {
            if (key.Length > head.Length && key.EndsWith(head, StringComparison.Ordinal))
            {
                key = key[..^head.Length].TrimEnd('的');
                break;
            }
        }

        return key.Length == 0 || key.SequenceEqual(metric) ? metric : key.ToString();
    }

    private static readonly SearchValues<char> DateEndings = SearchValues.Create("年月日");

    // A metric is a phrase of a few words; a longer one is kept on the heap.
    private const int MaxStackMetric = 256;

    // A full name (红桥区) or a province's or prefecture's short name (天津); a county's short name is too often an
    // ordinary word (新建, 光明) to be removed from a metric.
    private static string? PlaceName(string text, int at, DivisionTable table)
    {
        if (table.Names.At(text, at) is not { } name)
        {
            return null;
        }

        foreach (var division in table.Named(name))
        {
            if (division.Name == name || PlaceLevel.Depth(division.Level) <= 1)
            {
                return name;
            }
        }

        return null;
    }

    private static List<(string, string)> Load() =>
        EmbeddedTsv.Rows("ContentApi.Text.MetricKeys.metric-key-words.tsv").Select(cells => (cells[0], cells[1])).ToList();
}
