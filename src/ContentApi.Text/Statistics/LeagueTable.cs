namespace ContentApi.Text.Statistics;

/// <summary>
/// 在GDP十强城市中，上海（21390.17亿元）、北京（20621.3亿元）…; 从经济增速来看，…分别为上海（9.7%）、深圳（6.3%）: a league table of
/// places gives each place's value in brackets after its name, and names the measure once in its sentence. The figure is
/// that measure's, the place where it is measured: GDP（上海）, 增速（深圳）. An amount is of an amount measure (GDP, 生产总值),
/// a rate of a rate measure (增速); with no measure in the sentence the reading is left as it is, and a figure in brackets
/// after no place (总投资3.89亿元（约4700万欧元）) is no item of a table.
/// </summary>
internal static class LeagueTable
{
    private static readonly string[] Measures = MetricWordList.Words("league-measures");

    // The measures that are rates (the rest are amounts).
    private static readonly string[] RateMeasures = ["经济增速", "增速", "增长率", "增幅"];

    // How far back a place's name is looked for before its bracket.
    private const int MaxPlaceName = 6;

    /// <summary>The reading of a figure in brackets right after a place named in a league table, or the reading as it is.</summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading)
    {
        if (number.Start == 0 || number.End >= text.Length || text[number.Start - 1] is not ('（' or '(') || text[number.End] is not ('）' or ')')
            || PlaceBefore(text, number.Start - 1) is not { } place || MeasureOfTheSentence(text, number) is not { } measure)
        {
            return reading;
        }

        return new($"{measure}（{place}）", measure, measure + place, reading.End, null);
    }

    // The name of a place that ends right before the bracket at open (分别为上海（: 上海), the longest of MaxPlaceName
    // characters or fewer, or null.
    private static string? PlaceBefore(string text, int open)
    {
        for (var length = Math.Min(MaxPlaceName, open); length >= 2; length--)
        {
            var words = text.Substring(open - length, length);
            if (Places.DivisionTable.Default.UnambiguousNameAt(words, 0)?.Length == length)
            {
                return words;
            }
        }

        return null;
    }

    // The measure of the figure's kind written in its sentence, the last before it, else the first after it (扬州（…）、
    // 泰州（…）上半年的GDP均在3000亿级别).
    private static string? MeasureOfTheSentence(string text, FoundNumber number)
    {
        var rate = MeasureWords.IsRate(number.Unit);
        if (!rate && MeasureWords.Counts(number.Unit) != MeasureClass.Money)
        {
            return null;
        }

        var (start, end) = Clauses.Sentence(text, number.Numeral.Start);
        // The measure ending nearest before the figure, else the one beginning nearest after it.
        var (before, beforeEnd) = ((string?)null, -1);
        var (after, afterStart) = ((string?)null, int.MaxValue);
        foreach (var measure in Measures)
        {
            if (RateMeasures.Contains(measure) != rate)
            {
                continue;
            }

            var at = number.Start > start ? text.LastIndexOf(measure, number.Start - 1, number.Start - start, StringComparison.Ordinal) : -1;
            if (at >= 0 && at + measure.Length > beforeEnd)
            {
                (before, beforeEnd) = (measure, at + measure.Length);
            }

            at = text.IndexOf(measure, number.End, end - number.End, StringComparison.Ordinal);
            if (at >= 0 && at < afterStart)
            {
                (after, afterStart) = (measure, at);
            }
        }

        return before ?? after;
    }
}
