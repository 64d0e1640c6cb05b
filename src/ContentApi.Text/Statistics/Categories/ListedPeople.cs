namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// Counts of people listed with their own nouns (百余名学生和50余位家长观看了演出, 30多名少年儿童、10多名高中生志愿者共同参与):
/// a coordinated subject takes one predicate, written once after the last of its items, and the predicate is said of
/// every count of the list.
/// </summary>
internal static class ListedPeople
{
    // The joiners of the items of a list: 、, and 和, 及, 与 or 以及 before a count (not 或, which offers alternatives).
    private const string Joiners = "、和及与";
    private const string AsWellAs = "以及";

    /// <summary>
    /// Where the words of the next item of a list begin, when the words of an item end at <paramref name="at"/> before
    /// a joiner: after the count of people that opens the next item (、20余名|家长), or after a list comma when no count
    /// follows it (、|各地工作人员等参加); -1 when no item follows, or when the first item after a count is not a count of
    /// people (<paramref name="afterTheFirst"/> false: 20名学生、教师 may be one group).
    /// </summary>
    public static int NextItem(string text, int at, int clauseEnd, bool afterTheFirst)
    {
        var joiner = at + 1 < clauseEnd && text.AsSpan(at).StartsWith(AsWellAs) ? AsWellAs.Length
            : at < clauseEnd && Joiners.Contains(text[at]) ? 1
            : 0;
        if (joiner == 0)
        {
            return -1;
        }

        var next = at + joiner;
        var count = CountEnd(text, next + QualifierRules.QualifierLengthAt(text, next), clauseEnd, ofPeople: true);
        return count > 0 ? count : afterTheFirst && text[at] == '、' ? next : -1;
    }

    /// <summary>
    /// Whether the words of an item, the length characters after the count ending at countEnd, are only the count's
    /// noun: 学生 (before 和), 的青少年 (20位左右的青少年和), 志愿者以 (before 以及), or the noun in quotation marks, as a
    /// title is written (12名“优秀教师”、).
    /// </summary>
    public static bool IsOnlyItsNoun(string text, int countEnd, int length, string noun)
    {
        var words = text.AsSpan(countEnd, length).TrimStart('的');
        words = words.EndsWith(AsWellAs[0]) && countEnd + length < text.Length && text[countEnd + length] == AsWellAs[1] ? words[..^1] : words;
        words = words is [OpeningQuote, .., ClosingQuote] ? words[1..^1] : words;
        return words.SequenceEqual(noun);
    }

    private const char OpeningQuote = '“';
    private const char ClosingQuote = '”';

    /// <summary>The end of a count at at (20余名, 15位左右; 34个 unless ofPeople), or -1.</summary>
    public static int CountEnd(string text, int at, int clauseEnd, bool ofPeople)
    {
        if (at >= clauseEnd || !Numbers.NumeralScanner.TryRead(text, at, out var numeral))
        {
            return -1;
        }

        var measureAt = numeral.End < clauseEnd && text[numeral.End] is '余' or '多' ? numeral.End + 1 : numeral.End;
        if (MeasureWords.At(text, measureAt) is not { } measure || (ofPeople && !MeasureWords.CountsPeople(measure.Unit)))
        {
            return -1;
        }

        var end = measureAt + measure.Written.Length;
        return end + (QualifierRules.AfterMeasure(text, end)?.Length ?? 0);
    }
}
