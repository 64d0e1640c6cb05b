namespace ContentApi.Text.Statistics;

/// <summary>
/// 11家平台…，其中6家超过千亿元; 社区有空巢老人52名，其中7人没有子女在身边: 其中 "among them" refers back to the whole counted
/// before it, so a part counted after it with no noun of its own, only a predicate, counts the whole's noun; the predicate
/// says which part (平台（超过千亿元）, 种植面积（不同程度受灾）). A part named by what it is (其中30人为党员) or by an event that
/// opens with no such verb (其中2人因公殉职) keeps its words.
/// </summary>
internal static class WholeOfAPart
{
    /// <summary>其中, "among them": the word that opens a breakdown of the figure before.</summary>
    public const string Among = "其中";

    // What may stand between 其中 and the count: a comma, or 有 (其中有2人).
    private const string BetweenAmongAndCount = "，,有 ";

    // The verbs that open a part's predicate: the predicate verbs of a counted noun, and those of comparison and having.
    private static readonly Lexicon PartPredicates = new([.. MetricWordList.Words("predicate-verbs"), .. MetricWordList.Words("part-predicates")]);

    /// <summary>The reading of a part counted after 其中 whose words are only its predicate, carried from the whole before it.</summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading, IReadOnlyList<SentenceStatistic> earlier)
    {
        if (reading.CarriedFrom is not null || !AfterAmong(text, number.Start) || !PartPredicates.StartsAt(reading.Metric, 0)
            || earlier.LastOrDefault(statistic => MetricFinder.SameKind(statistic.Number.Unit, number.Unit)) is not { Subject.Length: > 0 } whole)
        {
            return reading;
        }

        return new($"{whole.Subject}（{reading.Metric}）", whole.Subject, reading.Metric, reading.End, whole);
    }

    private static bool AfterAmong(string text, int at) => text.AsSpan(0, at).TrimEnd(BetweenAmongAndCount).EndsWith(Among, StringComparison.Ordinal);
}
