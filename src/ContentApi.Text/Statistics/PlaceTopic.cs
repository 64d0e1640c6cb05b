namespace ContentApi.Text.Statistics;

/// <summary>
/// 该镇24个村已开设课堂, 全镇13个村均受灾, 某市5000人参与答题: a place at the head of a clause (a name, or 全/该/本/我 with an
/// administrative level), perhaps with an existential (共, 有, 现有 …), is the topic or locative of the clause: it says where or
/// whose, not what is counted. The thing counted is the noun after the count, or the predicate of the people counted.
/// </summary>
internal static class PlaceTopic
{
    // 全镇, 该村, 本市, 我县: a demonstrative or 全 with one administrative level.
    private static bool IsScopeOfALevel(string place) => place.Length == 2 && "全该本我".Contains(place[0]) && "省市县区镇乡村".Contains(place[1]);

    // The existentials whose subject is the place (全村共有, 该村现有): the longest first.
    private static readonly string[] Existentials = ["共有", "现有", "已有", "还有", "仍有", "共", "有", "将"];

    /// <summary>Whether the metric names only a place, with perhaps an existential after it.</summary>
    public static bool NamesOnlyAPlace(string metric)
    {
        var place = metric;
        foreach (var existential in Existentials)
        {
            if (place.Length > existential.Length && place.EndsWith(existential, StringComparison.Ordinal))
            {
                place = place[..^existential.Length];
                break;
            }
        }

        return IsScopeOfALevel(place) || Places.DivisionTable.Default.UnambiguousNameAt(place, 0)?.Length == place.Length;
    }

    /// <summary>
    /// The reading of a figure whose metric is only a place, read again from the count on (<paramref name="fromCount"/>), when
    /// that names what follows the count: the noun after it or the predicate of the people counted. A place with nothing after
    /// its count (腊洲村现有1025人, 全村共33户) is a place's population, and keeps its reading.
    /// </summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading, Func<MetricReading> fromCount)
    {
        if (reading.CarriedFrom is not null || !NamesOnlyAPlace(reading.Metric))
        {
            return reading;
        }

        var again = fromCount();
        return again.CarriedFrom is null && again.End > number.End && again.Metric.Length > 0 && !NamesOnlyAPlace(again.Metric) ? again
            : PeoplesPredicate(text, number) is { } predicate ? new(predicate, predicate, predicate, number.End + predicate.Length, null)
            : reading;
    }

    // 石嘴山市已有7人被骗, 洛阳市共有3200人加入志愿者协会, 常德有4人入选: after a place, people counted with no noun of their
    // own are said by their predicate, which is then the only thing that says who they are (the place never does): the
    // words from the count up to the next figure or list comma of the clause, without an aspect particle at their end;
    // null where no verb follows the count (全村共有42户156人: a population).
    private static string? PeoplesPredicate(string text, FoundNumber number)
    {
        var (_, clauseEnd) = Clauses.Clause(text, number.Numeral.Start);
        if (!MeasureWords.CountsPeople(number.Unit) || number.End >= clauseEnd || !Parsing.ChineseText.IsIdeograph(text[number.End])
            || MetricFinder.ForwardNoun(text, number.End, clauseEnd).Noun.Length > 0)
        {
            return null;
        }

        var end = number.End;
        while (end < clauseEnd && end - number.End < MetricFinder.MaxMetricLength && text[end] != '、' && !Numbers.NumeralScanner.StartsAt(text, end))
        {
            end++;
        }

        var predicate = text.AsSpan(number.End, end - number.End).TrimEnd('了');
        return predicate.Length >= MinPredicateLength ? predicate.ToString() : null;
    }

    private const int MinPredicateLength = 2;

}
