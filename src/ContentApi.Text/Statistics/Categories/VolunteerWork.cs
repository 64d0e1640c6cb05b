using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// People counted by their trade, school or age (师生, 民警, 外卖小哥, 高中生) whose own predicate is volunteer work are
/// volunteers (ANNOTATION.md: volunteer people), whatever their noun: 17名师生赴某县开展志愿服务活动, 5名民警担任线上支教老师,
/// 20名骑手穿上志愿者马甲, 29名学子在某县支教, 20名“蓝骑士”志愿者. The volunteer word is the object or complement of a verb
/// the counted people do (开展, 参与, 担任, 加入, 来自), or 支教 itself is their verb. Volunteers beside or over them are
/// not them: 在志愿者的带领下, 与志愿者们共度, 由…组成的志愿团队, nor is a volunteer word after another count or item.
/// </summary>
internal static class VolunteerWork
{
    // The words of volunteer work: 志愿 (志愿者, 志愿服务), 支教, 义工, 红马甲, 义务讲解, 义务服务.
    private static readonly string[] Words = CategoryCues.Words("volunteer-work");

    // The verbs of doing, joining or being volunteer work that stand before its word: 开展, 参与, 担任, 作为, 为 (教师为志愿者).
    private static readonly string[] Joining = CategoryCues.Words("joining-volunteer-work");

    // Words right before the volunteers that put them beside those counted (与志愿者们共度, 和志愿者一起): 与, 和, 跟, 同,
    // 以及, 及; not the end of a verb of joining (参与志愿服务).
    private static readonly string[] Beside = CategoryCues.Words("beside-volunteers");

    // 由 "made up of" (由…组成的志愿团队): the volunteers are another body, those counted a part of it at most. Not the 由
    // of 由于, 自由, 理由 or 缘由.
    private const char By = '由';

    private static bool IsMadeUpBy(ReadOnlySpan<char> words)
    {
        for (var at = 0; at < words.Length; at++)
        {
            if (words[at] == By && (at == 0 || words[at - 1] is not ('自' or '理' or '缘')) && (at + 1 == words.Length || words[at + 1] != '于'))
            {
                return true;
            }
        }

        return false;
    }

    // Teaching given as a volunteer, a verb of its own (在某县支教, 开展驻村支教).
    private const string Teaching = "支教";

    // The quotation marks of a name (“蓝骑士”志愿者).
    private const string OpeningQuotes = "“‘「\"";
    private const string ClosingQuotes = "”’」\"";

    // The 下 that closes 在…的带领下: volunteers lead or accompany those counted. It follows the volunteers within a
    // verb of leading and 的 (在志愿者的带领下参与体验), and is no 下乡, 下沉, 下基层, 下午.
    private const char Under = '下';
    private const char At = '在';
    private const int MaxLead = 8;
    private const string AfterUnderOfOtherWords = "乡沉基午来去班单";

    private static bool IsUnderTheirLead(ReadOnlySpan<char> rest)
    {
        var under = rest[..Math.Min(rest.Length, MaxLead)].IndexOf(Under);
        return under > 0 && (under + 1 == rest.Length || !AfterUnderOfOtherWords.Contains(rest[under + 1]));
    }

    // 10余名外聘专家、老师及来自某协会的志愿者: 及 or 以及 after the counted noun opens another item of the list, whose
    // volunteers are not those counted. Not the 及 of 及时, 普及, 涉及, 惠及, 波及.
    private const char AndAlso = '及';
    private const string BeforeJiOfOtherWords = "普涉惠波";

    private static bool OpensAnotherItem(ReadOnlySpan<char> words)
    {
        for (var at = 0; at < words.Length; at++)
        {
            if (words[at] == AndAlso && (at == 0 || !BeforeJiOfOtherWords.Contains(words[at - 1])) && (at + 1 == words.Length || words[at + 1] != '时'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause after a count of people, from <paramref name="countEnd"/> to <paramref name="clauseEnd"/>, says they do volunteer work.</summary>
    public static bool DoneBy(string text, int countEnd, int clauseEnd)
    {
        var predicate = text.AsSpan(countEnd, Math.Max(0, clauseEnd - countEnd));
        var (at, word) = FirstWord(predicate);
        if (at < 0)
        {
            return false;
        }

        var between = predicate[..at];
        // 20名“蓝骑士”志愿者: a quoted name is what the volunteers call themselves.
        if (between.Length > 2 && OpeningQuotes.Contains(between[0]) && ClosingQuotes.Contains(between[^1]) && between[1..^1].IndexOfAny(ClosingQuotes) < 0)
        {
            return true;
        }

        if ((EndsWithAny(between, Beside) && !EndsWithAny(between, Joining)) || IsMadeUpBy(between) || HoldsACount(text, countEnd, countEnd + at)
            || OpensAnotherItem(between) || (between.Contains(At) && IsUnderTheirLead(predicate[(at + word.Length)..])))
        {
            return false;
        }

        return word == Teaching || ContainsAny(between, Joining);
    }

    private static (int At, string Word) FirstWord(ReadOnlySpan<char> predicate)
    {
        for (var at = 0; at < predicate.Length; at++)
        {
            foreach (var word in Words)
            {
                if (predicate[at..].StartsWith(word, StringComparison.Ordinal))
                {
                    return (at, word);
                }
            }
        }

        return (-1, "");
    }

    // Whether a numeral with its measure word stands between start and end (another item of a list, those served).
    private static bool HoldsACount(string text, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if (Numbers.NumeralScanner.TryRead(text, at, out var numeral) && numeral.End < end && MeasureWords.At(text, numeral.End) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
