namespace ContentApi.Text.Statistics;

/// <summary>
/// 最大小时降雨量93.1毫米，各地平均降雨量为：葫芦岛128.8毫米、锦州110.9毫米: a clause that names a measure and ends in a
/// colon, with no figure of its own, introduces the list after the colon: the places listed carry that measure, not the
/// subject of the last figure before the colon.
/// </summary>
internal static class MeasureBeforeAColon
{
    // The linking words that may close the measure before the colon (平均降雨量为：, 降雨量分别是：).
    private static readonly string[] LinkingWords = ["分别为", "分别是", "为", "是"];

    // The last characters of a measure's name (降雨量, 覆盖率, 销售额, 产值, 人数, 面积, 价格).
    private const string MeasureEnds = "量率额值数积价";

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
        if (carried.Number.End > introStart || measure.Length < MinMeasure || !MeasureEnds.Contains(measure[^1])
            || measure.ContainsAnyExceptInRange('\u4e00', '\u9fff'))
        {
            return reading;
        }

        var named = measure.ToString();
        return new(named + reading.Metric[carried.Subject.Length..], named, reading.Evidence, reading.End, carried);
    }
}
