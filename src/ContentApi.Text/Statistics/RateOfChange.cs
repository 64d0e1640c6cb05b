using System.Text.RegularExpressions;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 花农人均增收3000多元，增长率达76.32%; 总产出增至2023亿元，平均年增长率达52.2%: a rate of growth named by nothing but itself,
/// opening the clause right after a figure's, is that figure's growth. A change needs a subject, and news Chinese leaves
/// it out when it is the quantity just counted; the rate is carried from it as 同比增长 is (人均增收（增长率）), category
/// and all.
/// </summary>
internal static partial class RateOfChange
{
    // 增长率, 年均增长率, 平均年增长率, 同比下降率: a rate of change with at most its period or comparison.
    [GeneratedRegex("^(?:年均|平均|平均年|年|同比|环比)?(?:增长|下降|减少|增加)率$")]
    private static partial Regex BareRate();

    /// <summary>The reading of a bare rate of change after the figure before it in its sentence, carried from that figure.</summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading, IReadOnlyList<SentenceStatistic> earlier)
    {
        if (reading.CarriedFrom is not null || earlier.Count == 0 || !MeasureWords.IsRate(number.Unit) || !BareRate().IsMatch(reading.Metric))
        {
            return reading;
        }

        // The rate opens its clause, right after the comma that closes the clause of the figure before.
        var previous = earlier[^1];
        var (clauseStart, _) = Clauses.Clause(text, number.Numeral.Start);
        var (_, previousEnd) = Clauses.Clause(text, previous.Number.Numeral.Start);
        var opens = text.AsSpan(clauseStart, number.Start - clauseStart).TrimStart().StartsWith(reading.Metric, StringComparison.Ordinal);
        return opens && previousEnd == clauseStart - 1 && text[previousEnd] is '，' or ',' && previous.Subject.Length > 0
            ? new($"{previous.Subject}（{reading.Metric}）", previous.Subject, reading.Metric, reading.End, previous)
            : reading;
    }
}
