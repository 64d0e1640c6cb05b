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
        var before = text.AsSpan(from, at - from).LastIndexOfAny(ends);
        var until = Math.Min(text.Length, at + MaxReach);
        var after = text.AsSpan(at, until - at).IndexOfAny(ends);
        return (before < 0 ? from : from + before + 1, after < 0 ? until : at + after);
    }
}
