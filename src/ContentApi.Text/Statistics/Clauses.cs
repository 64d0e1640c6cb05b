using System.Buffers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// Sentence and clause boundaries of a paragraph: a sentence ends at 。！？；…, a clause also at ，and ：. A run of
/// text without such marks is cut at <see cref="MaxReach"/> characters either side, so that every statistic costs
/// the same however long its paragraph.
/// </summary>
internal static class Clauses
{
    private const int MaxReach = 200;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？；!?;…\n");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。！？；!?;…\n，,：:");

    /// <summary>The sentence around <paramref name="at"/>, with its closing mark.</summary>
    public static (int Start, int End) Sentence(string text, int at) => Around(text, at, SentenceEnds);

    /// <summary>The clause around <paramref name="at"/>, without its closing mark.</summary>
    public static (int Start, int End) Clause(string text, int at) => Reach(text, at, ClauseEnds);

    private static (int Start, int End) Around(string text, int at, SearchValues<char> ends)
    {
        var (start, next) = Reach(text, at, ends);
        var end = next < text.Length && ends.Contains(text[next]) ? next + 1 : next;
        while (end < text.Length && ends.Contains(text[end]) && text[end] != '\n')
        {
            end++;
        }

        return (start, end);
    }

    // The nearest marks before and after at, no further than MaxReach away: the start after the mark, the end at it.
    private static (int Start, int End) Reach(string text, int at, SearchValues<char> ends)
    {
        var from = Math.Max(0, at - MaxReach);
        var before = at;
        do
        {
            before = text.AsSpan(from, before - from).LastIndexOfAny(ends) is var found and >= 0 ? from + found : -1;
        }
        while (before > 0 && InsideANumber(text, before));

        var until = Math.Min(text.Length, at + MaxReach);
        var after = at - 1;
        do
        {
            after = text.AsSpan(after + 1, until - after - 1).IndexOfAny(ends) is var found and >= 0 ? after + 1 + found : -1;
        }
        while (after >= 0 && InsideANumber(text, after));

        return (before < 0 ? from : before + 1, after < 0 ? until : after);
    }

    // A comma that groups a number's thousands (1,200,000, which NumeralScanner reads as one number) or the colon of a
    // clock time (10:30) ends no clause: a clause cut inside a number ended before the number's own end. A ratio's colon
    // (57.1：20.9：22) still does: its parts are numbers of their own.
    private static bool InsideANumber(string text, int mark) =>
        mark > 0 && char.IsAsciiDigit(text[mark - 1]) && text[mark] switch
        {
            ',' or '，' => DigitsFollow(text, mark, 3),
            ':' or '：' => DigitsFollow(text, mark, 2) && (mark + 3 == text.Length || text[mark + 3] != '.') && IsAnHour(text, mark),
            _ => false,
        };

    // One or two digits before the colon, after no other digit or decimal point: a clock's hour, not a ratio's part.
    private static bool IsAnHour(string text, int colon)
    {
        var start = colon - 1;
        while (start > 0 && colon - start < 3 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return colon - start <= 2 && (start == 0 || !(char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.'));
    }

    // Exactly count ASCII digits right after the mark.
    private static bool DigitsFollow(string text, int mark, int count) =>
        mark + count < text.Length && text.AsSpan(mark + 1, count).IndexOfAnyExceptInRange('0', '9') < 0
        && (mark + count + 1 == text.Length || !char.IsAsciiDigit(text[mark + count + 1]));
}
