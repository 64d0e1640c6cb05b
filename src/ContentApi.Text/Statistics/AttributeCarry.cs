using System.Collections.Frozen;
using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>
/// An attribute clause after a comma (占常住人口比例超过22%, 面积逾5000平方公里, 产值达120余万元) has no subject of its own:
/// Chinese statistical prose leaves it out, bound to the thing counted in the clause before. The metric shown names that
/// thing, with the attribute in brackets, as a change carried from the clause before does: 注册志愿者（占常住人口比例）.
/// Only the words shown change; the category is the one the attribute's own words gave.
/// </summary>
internal static class AttributeCarry
{
    private static readonly string[] AttributeWords = MetricWordList.Words("attribute-nouns");
    private static readonly FrozenSet<string> AttributeNouns = AttributeWords.ToFrozenSet();

    // The attributes a carried subject may itself end in, which belong to it and not to the clause after it:
    // 项目占地40亩，总投资1.8亿元 (the project's investment); 幼儿园占地面积…，建筑面积 (the kindergarten's floor area).
    private static readonly string[] AttributesOfASubject = [.. AttributeWords, "占地"];
    private const int MinThingCarried = 2;

    // 占 opens a share (占全市的30%, 约占总数四成); 占地 is land taken, an attribute listed whole (占地面积).
    private const char Share = '占';
    private const string LandTaken = "占地";

    // 约占: an approximation before the share.
    private const string About = "约";

    /// <summary>
    /// The metric to show for a figure read as <paramref name="reading"/>, given the figures read before it in its
    /// <paramref name="sentence"/>.
    /// </summary>
    public static string Metric(string text, FoundNumber number, MetricReading reading, IReadOnlyList<SentenceStatistic> sentence)
    {
        if (reading.CarriedFrom is not null || sentence.Count == 0 || !IsAttribute(reading.Metric))
        {
            return reading.Metric;
        }

        // The attribute opens its clause (银行贷款是主渠道，占比64.2%: 主渠道 is no figure, nothing is carried) …
        var (clauseStart, _) = Clauses.Clause(text, number.Numeral.Start);
        var opening = text.AsSpan(clauseStart, number.Start - clauseStart).TrimStart();
        opening = opening.StartsWith(About) ? opening[About.Length..] : opening;
        // … right after the comma that closes the clause of the figure before.
        var previous = sentence[^1];
        var (_, previousEnd) = Clauses.Clause(text, previous.Number.Numeral.Start);
        // 下辖5县、37个乡镇、216个行政村，总面积3.2万平方公里: after the last count of a list the attribute is the whole's
        // (the area of the prefecture), not the last item's.
        var carried = opening.StartsWith(reading.Metric, StringComparison.Ordinal) && previousEnd == clauseStart - 1
            && text[previousEnd] is '，' or ','
            && !(previous.Number.Start > 0 && text[previous.Number.Start - 1] == '、')
            && previous.Subject.Length > 0 && !IsAttribute(previous.Subject);
        return carried ? $"{Thing(previous.Subject)}（{reading.Metric}）" : reading.Metric;
    }

    // The thing a subject names, without an attribute of its own at its end: 项目总投资 → 项目.
    private static string Thing(string subject) =>
        EndingLength(subject, AttributesOfASubject) is var attribute and > 0 && subject.Length - attribute >= MinThingCarried
            ? subject[..^attribute]
            : subject;

    private static bool IsAttribute(string metric) =>
        AttributeNouns.Contains(metric) || (metric.Length > 1 && metric[0] == Share && !metric.StartsWith(LandTaken, StringComparison.Ordinal));
}
