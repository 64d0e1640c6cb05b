using System.Text.RegularExpressions;
using ContentApi.Text.Parsing;

namespace ContentApi.Text.Statistics;

/// <summary>
/// A count written in Arabic digits (or a percentage) that no noun before it names, named from the words around it.
/// A measure word after digits is the strongest sign of a statistic in local news; Chinese puts the counted thing after
/// the count, in a bracketed aside's noun, in a label or in the predicate as often as before it. Not named, so still
/// left out: spans of time (6天内，), thresholds that define a class (700毫米以上的), definitions of a plan's parts (1个目标即),
/// 0-led section marks (01), and counts in Chinese numerals (二人, 两家), which are the narrative ones.
/// </summary>
internal static partial class UnnamedDigitCount
{
    private static readonly string[][] Rows = [.. DataTable.Read("unnamed-count-words.tsv", "word", "role")];

    private static IEnumerable<string> Words(string role) => Rows.Where(row => row[1] == role).Select(row => row[0]);

    private static readonly Lexicon PassiveHeads = new(Words("passive-head"));

    private static readonly string[] PlaceSubjects = [.. Words("place-subject")];

    private static readonly Lexicon OpeningAdverbs = new(Words("opening-adverb"));

    private static readonly HashSet<string> PageLabels = [.. Words("page-label")];

    /// <summary>What <paramref name="number"/> counts when the words before it name nothing, or null.</summary>
    public static MetricReading? Read(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> earlier)
    {
        var (clauseStart, clauseEnd) = Clauses.Clause(text, number.Numeral.Start);
        if (!InDigits(text, number) || MeasureWords.Counts(number.Unit) == MeasureClass.Time
            || IsThreshold(text, number) || IsDefinition(text.AsSpan(number.End, Math.Max(0, clauseEnd - number.End))))
        {
            return null;
        }

        return ByPassiveHead(text, number, clauseEnd) ?? ByNounBeforeAnAside(text, number, clauseStart) ?? ByLabel(text, number)
            ?? ByHouseholdsAndPeopleOfAPlace(text, number, earlier, clauseStart, clauseEnd)
            ?? ByPredicate(text, number, clauseEnd);
    }

    // 1222人, 65%, 2100多万: the numeral opens with a digit other than a 0 that marks a section (01, 02; 0.5 is a number).
    private static bool InDigits(string text, FoundNumber number)
    {
        var at = number.Numeral.Start;
        return char.IsAsciiDigit(text[at]) && (text[at] != '0' || at + 1 < text.Length && text[at + 1] == '.');
    }

    // 700毫米以上的有51个点位: a bound followed by 的 defines a class of things, which the figure after it counts.
    private static bool IsThreshold(string text, FoundNumber number)
    {
        var after = text.AsSpan(number.End);
        var written = text.AsSpan(number.Start, number.End - number.Start);
        return after.StartsWith("以上的") || after.StartsWith("以下的")
            || (written.EndsWith("以上") || written.EndsWith("以下")) && after.StartsWith("的");
    }

    // 1个目标即…, 2个导向是指…: the count numbers the parts of a plan that the words after it define (立即 and 随即 are
    // adverbs of time, no definition).
    private static bool IsDefinition(ReadOnlySpan<char> rest)
    {
        if (rest.Contains("是指", StringComparison.Ordinal))
        {
            return true;
        }

        for (var at = 0; at < rest.Length; at++)
        {
            if (rest[at] == '即' && (at == 0 || rest[at - 1] is not ('立' or '随' or '旋' or '亦')))
            {
                return true;
            }
        }

        return false;
    }

    // 22家被检查机构中有10家, 247所被帮扶高中: 被, a verb of one or two characters and the head of an institution or of
    // people right after the measure word are one noun phrase, the thing counted.
    private static MetricReading? ByPassiveHead(string text, FoundNumber number, int clauseEnd)
    {
        if (number.End >= clauseEnd || text[number.End] != '被')
        {
            return null;
        }

        for (var verb = 1; verb <= 2; verb++)
        {
            var headAt = number.End + 1 + verb;
            if (headAt < clauseEnd && ChineseText.IsIdeograph(text[headAt - 1]) && PassiveHeads.At(text, headAt) is { } head && headAt + head.Length <= clauseEnd)
            {
                return Named(text[number.End..(headAt + head.Length)], headAt + head.Length);
            }
        }

        return null;
    }

    // 半程马拉松（21公里）600人、欢乐跑（5公里）400人: an aside in brackets between a noun and its count hides the noun; the
    // words right before the aside, back to the clause's start or a list's comma, name the count.
    private static MetricReading? ByNounBeforeAnAside(string text, FoundNumber number, int clauseStart)
    {
        var close = number.Start - 1;
        if (close <= clauseStart || text[close] is not ('）' or ')'))
        {
            return null;
        }

        var open = text.AsSpan(clauseStart, close - clauseStart).LastIndexOfAny('（', '(') + clauseStart;
        var nounStart = IdeographsEndingAt(text, open, clauseStart);
        return open > nounStart && open - nounStart <= LongestName ? Named(text[nounStart..open], number.End) : null;
    }

    // 参与人数：100人, 受益群众:300户: a label closed by a colon right before the count names it; a longer run is a sentence
    // that the colon introduces, no label, and a label of the page's furniture (原标题：3人获奖) opens a headline.
    private static MetricReading? ByLabel(string text, FoundNumber number)
    {
        var colon = number.Start - 1;
        if (colon <= 0 || text[colon] is not ('：' or ':'))
        {
            return null;
        }

        var labelStart = IdeographsEndingAt(text, colon, Math.Max(0, colon - LongestName - 1));
        var length = colon - labelStart;
        return length >= 2 && length <= LongestName && (labelStart == 0 || !ChineseText.IsIdeograph(text[labelStart - 1]))
            && !PageLabels.Contains(text[labelStart..colon])
            ? Named(text[labelStart..colon], number.End)
            : null;
    }

    // The longest run of words read as a name or a label before a count.
    private const int LongestName = 8;

    // Where the run of ideographs that ends at end begins, going back no further than from.
    private static int IdeographsEndingAt(string text, int end, int from)
    {
        var start = end;
        while (start > from && ChineseText.IsIdeograph(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    // 辖5个村民小组，292户1222人; 全村有9个自然湾，1370人: a clause of nothing but households and people, right after a
    // clause with another count, in a sentence about a village or community (村, 社区, 辖), gives its households and its
    // population, as 现有居民320户，约1100人 reads people after households. The figure's words end where it begins, so
    // that people right after it read as before.
    private static MetricReading? ByHouseholdsAndPeopleOfAPlace(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> earlier, int clauseStart, int clauseEnd)
    {
        var named = number.Unit == "户" ? "户数" : number.Unit == "人" ? "人口" : null;
        if (named is null || !FollowsACountRightBefore(text, earlier, clauseStart)
            || !HouseholdsAndPeople().IsMatch(text.AsSpan(clauseStart, clauseEnd - clauseStart).Trim()))
        {
            return null;
        }

        var sentenceStart = Clauses.Sentence(text, number.Numeral.Start).Start;
        return WordSearch.ContainsAny(text.AsSpan(sentenceStart, clauseStart - sentenceStart), PlaceSubjects) ? Named(named, number.Start) : null;
    }

    // Whether the last figure read in the sentence stands in the clause right before clauseStart.
    private static bool FollowsACountRightBefore(string text, IReadOnlyList<SentenceStatistic> earlier, int clauseStart) =>
        earlier.Count > 0 && clauseStart > 0 && Clauses.Clause(text, earlier[^1].Number.Numeral.Start).End == clauseStart - 1;

    // 292户, 1370人, 332户1268人, 约400户、1500余人.
    [GeneratedRegex(@"^[约近]?\d+[余多]?(户|人|户、?[约近]?\d+[余多]?人)$")]
    private static partial Regex HouseholdsAndPeople();

    // 29人报名参加献血, 8人均获刑三年多, 103031人通过了资格审查: with nothing else to name it, the predicate says what the
    // counted did or underwent, as 3人被困 is named 被困.
    // A predicate is no noun a later figure can share (60%家居建材，20%进口商品), so the reading has no subject.
    private static MetricReading? ByPredicate(string text, FoundNumber number, int clauseEnd) =>
        Predicate(text, number.End, clauseEnd) is { } predicate ? new(predicate, "", predicate, clauseEnd, null) : null;

    // The predicate after a count, to the clause's end, without the adverbs that open it (均, 已, 都); none where a linking
    // verb opens it (1个是…, 100%是…: what the count is, said of one case) or no words follow.
    private static string? Predicate(string text, int from, int clauseEnd)
    {
        var start = from;
        while (start < clauseEnd && (char.IsWhiteSpace(text[start]) || text[start] == '的'))
        {
            start++;
        }

        start += OpeningAdverbs.At(text, start) is { } adverb && start + adverb.Length < clauseEnd ? adverb.Length : 0;
        var predicate = text[start..Math.Min(clauseEnd, start + MetricFinder.MaxMetricLength)].TrimEnd();
        return predicate.Length >= 2 && (ChineseText.IsIdeograph(predicate[0]) || char.IsAsciiDigit(predicate[0])) && predicate[0] is not ('是' or '为')
            ? predicate
            : null;
    }

    private static MetricReading Named(string metric, int end) => new(metric, metric, metric, end, null);
}
