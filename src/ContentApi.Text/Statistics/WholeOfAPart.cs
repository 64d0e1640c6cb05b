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

    /// <summary>
    /// The reading of a part counted after 其中 whose words are only its predicate, carried from the whole before it; or
    /// after a whole named before 中有 and counted by no figure (志愿者中有90人来自…: 志愿者（来自…）).
    /// </summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading, IReadOnlyList<SentenceStatistic> earlier)
    {
        if (reading.CarriedFrom is not null || !PartPredicates.StartsAt(reading.Metric, 0))
        {
            return reading;
        }

        if (!AfterAmong(text, number.Start))
        {
            return NamedWhole(text, number) is { } named ? new($"{named}（{reading.Metric}）", named, reading.Metric, reading.End, null) : reading;
        }

        return earlier.LastOrDefault(statistic => MetricFinder.SameKind(statistic.Number.Unit, number.Unit)) is { Subject.Length: > 0 } whole
            ? new($"{whole.Subject}（{reading.Metric}）", whole.Subject, reading.Metric, reading.End, whole)
            : reading;
    }

    private static bool AfterAmong(string text, int at) => text.AsSpan(0, at).TrimEnd(BetweenAmongAndCount).EndsWith(Among, StringComparison.Ordinal);

    // 中, 当中, 之中 "among", then 有 "there are", before the count of a part.
    private static readonly string[] Within = ["当中有", "之中有", "中有"];

    // 投身防御工作的志愿者中有90人, 十强城市中有5座: the whole named right before 中有, after its clause's start, a list comma
    // or the 的 of what describes it, as a noun the category lexicon knows or people; at most MaxWholeNamed characters.
    private static string? NamedWhole(string text, FoundNumber number)
    {
        var (clauseStart, _) = Clauses.Clause(text, number.Numeral.Start);
        var before = text.AsSpan(clauseStart, number.Start - clauseStart).TrimEnd();
        var within = Parsing.WordSearch.EndingLength(before, Within);
        var whole = within > 0 ? before[..^within] : [];
        whole = whole[(whole.LastIndexOfAny(WholeStarts) + 1)..];
        return whole.Length is >= MinWholeNamed and <= MaxWholeNamed && !whole.EndsWith("其")
            && (Categories.CategoryLexicon.Default.PhraseWordEndingAt(whole, whole.Length) is { Role: Categories.CategoryRole.Noun }
                || Categories.CategoryLexicon.Default.HasPhraseWordEndingAt(whole, whole.Length, Categories.CategoryRole.Person))
            ? whole.ToString()
            : null;
    }

    // Where a whole's name may start after: a list comma or the 的 that closes what describes it.
    private static readonly char[] WholeStarts = ['、', '的'];

    private const int MinWholeNamed = 2;
    private const int MaxWholeNamed = 8;
}
