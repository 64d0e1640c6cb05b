using System.Buffers;

namespace ContentApi.Text.Statistics;

/// <summary>Sentence and clause boundaries of a paragraph: a sentence ends at 。！？；…, a clause also at ，and ：.</summary>
internal static class Clauses
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？；!?;…\n");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。！？；!?;…\n，,：:");

    /// <summary>The sentence around <paramref name="at"/>, with its closing mark.</summary>
    public static (int Start, int End) Sentence(string text, int at) => Around(text, at, SentenceEnds);

    /// <summary>The clause around <paramref name="at"/>, without its closing mark.</summary>
    public static (int Start, int End) Clause(string text, int at)
    {
        var start = at == 0 ? 0 : text.AsSpan(0, at).LastIndexOfAny(ClauseEnds) + 1;
        var next = text.AsSpan(at).IndexOfAny(ClauseEnds);
        return (start, next < 0 ? text.Length : at + next);
    }

    private static (int Start, int End) Around(string text, int at, SearchValues<char> ends)
    {
        var start = at == 0 ? 0 : text.AsSpan(0, at).LastIndexOfAny(ends) + 1;
        var next = text.AsSpan(at).IndexOfAny(ends);
        var end = next < 0 ? text.Length : at + next + 1;
        while (end < text.Length && ends.Contains(text[end]) && text[end] != '\n')
        {
            end++;
        }

        return (start, end);
    }
}
