namespace ContentApi.Text.Statistics;

/// <summary>
/// 最大小时降雨量93.1毫米，各地平均降雨量为：葫芦岛128.8毫米、锦州110.9毫米: a clause that names a measure (its last
/// character that of a measuring head: 降雨量, 降雨强度, 涨幅) and ends in a colon, full or half width, with no figure of
/// its own (digits, or Chinese numerals that count), introduces the list after the colon: the places listed carry that
/// measure, not the subject of the last figure before the colon.
/// </summary>
internal static class MeasureBeforeAColon
{
    // The linking words that may close the measure before the colon (平均降雨量为：, 降雨量分别是：). Only these of
    // MetricFinder's linking verbs: its verbs of a change and of reaching (增加, 达到) say what the figures listed after
    // the colon measure (降雨量增加：), and its 的, 等 and 了 close no name of a measure.
    private static readonly string[] LinkingWords = ["分别为", "分别是", "为", "是"];

    private const int MinMeasure = 2;

    /// <summary>The reading of a figure listed after a colon, with the measure the clause before the colon names.</summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading)
    {
        if (reading.CarriedFrom is not { Subject.Length: > 0 } carried || !reading.Metric.StartsWith(carried.Subject, StringComparison.Ordinal))
        {
            return reading;
        }

        var (clauseStart, _) = Clauses.Clause(text, number.Numeral.Start);
        if (clauseStart < 2 || text[clauseStart - 1] is not ('：' or ':'))
        {
            return reading;
        }

        // The clause before the colon, which ends at it.
        var (introStart, _) = Clauses.Clause(text, clauseStart - 2);
        var measure = text.AsSpan(introStart, clauseStart - 1 - introStart).Trim();
        measure = measure[..^Parsing.WordSearch.EndingLength(measure, LinkingWords)];
        if (carried.Number.End > introStart || measure.Length < MinMeasure || !MetricFinder.MeasuringHeadEnds.Contains(measure[^1])
            || HasAFigure(measure))
        {
            return reading;
        }

        var named = measure.ToString();
        return new(named + reading.Metric[carried.Subject.Length..], named, reading.Evidence, reading.End, carried);
    }

    // A figure of the clause's own (7月 or 七月各地平均降雨量为：): a number the number finder reads, in digits or
    // Chinese numerals, but not a numeral inside a word (统一, 一些), which counts nothing.
    private static bool HasAFigure(ReadOnlySpan<char> words) =>
        QuantityFinder.Find(words.ToString()).Exists(number => number.Verdict.Decision != NumberDecision.Word);
}
