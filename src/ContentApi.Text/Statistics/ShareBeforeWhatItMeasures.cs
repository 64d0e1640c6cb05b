using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 派出所100%核实处置, 全区95%以上完成整改, 70%以上农户从事制种: a share with no 的 after it, written right before a verb or a
/// noun, measures what follows it. Before a verb it is an adverbial of extent ("verify in 100% of cases"), before a noun a
/// quantifier of it ("70% of farmers"); either way what is measured stands after the share, never before it, and the
/// words before are the subject that acts (派出所（核实处置）) or a place that scopes it. After a linking word or a change
/// (占10%以上, 增长5%, 由上月上涨0.2%转为持平) the share is the complement of what leads it, and stays as read.
/// </summary>
internal static class ShareBeforeWhatItMeasures
{
    // Words before a share that make it the complement of what leads them (保持20%以上增长, 享受减免15%优惠).
    private static readonly string[] Complementing = MetricWordList.Words("words-before-a-complement-share");

    // Words after a share that link it, bound it or join it to another (10%的, 20%至100%, 0.2%转为持平), and the ranking verbs.
    private static readonly Lexicon NotWhatItMeasures = new([.. MetricWordList.Words("words-after-a-share"), .. MetricWordList.Words("ranking-verbs")]);

    // Nouns that name a rate (增速, 满意度, 占比): a share after one of them is that rate's value.
    private static readonly string[] RateNames = MetricWordList.Words("rate-names");

    /// <summary>The reading of a share from the words right after it, where they say what it measures; else the reading given.</summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading)
    {
        var (clauseStart, clauseEnd) = Clauses.Clause(text, number.Numeral.Start);
        var at = number.End;
        if (!MeasureWords.IsRate(number.Unit) || at >= clauseEnd || !Parsing.ChineseText.IsIdeograph(text[at])
            || NotWhatItMeasures.StartsAt(text, at) || Numbers.NumeralScanner.StartsAt(text, at)
            || StoryFurniture.OpensAt(text, at, countsPeople: false))
        {
            return reading;
        }

        // A rate already named in the clause holds the measure (水质优良率全部100%达标, GDP增速5.2%居全省第一), and a share after the list comma of
        // another share is the next item of a list (50—70%、40—50%补偿), whose words are the list's.
        var before = text.AsSpan(clauseStart, number.Start - clauseStart).TrimEnd();
        if (before.Length > 0 && (EndsWithAny(before, Complementing) || MetricFinder.EndsWithAChangeVerb(before)
            || before.Contains('率') || ContainsAny(before, RateNames) || before.EndsWith("%、") || before.EndsWith("％、")))
        {
            return reading;
        }

        // What it measures runs to the next figure, list comma or mark: 100%接听、100%回应.
        var end = at;
        while (end < clauseEnd && end - at < MetricFinder.MaxMetricLength && Parsing.ChineseText.IsIdeograph(text[end])
            && !Numbers.NumeralScanner.StartsAt(text, end))
        {
            end++;
        }

        var measured = text[at..end].TrimEnd('了');
        if (measured.Length < MinMeasuredLength || MetricFinder.NotCountedAfterAFigure.Contains(measured))
        {
            return reading;
        }

        // The subject written right before the share, unless a place or a scope (全区) that only says where.
        var subject = reading.Subject;
        var ownSubject = subject.Length >= MinMeasuredLength && before.EndsWith(subject, StringComparison.Ordinal)
            && !PlaceTopic.NamesOnlyAPlace(subject);
        return ownSubject
            ? new($"{subject}（{measured}）", subject, measured, end, reading.CarriedFrom)
            : new(measured, measured, measured, end, null);
    }

    private const int MinMeasuredLength = 2;
}
