namespace ContentApi.Text.Parsing;

/// <summary>
/// Whether a text starts with, ends with or holds one of a few words: the short word lists a single rule reads, too
/// small to be worth a <see cref="Statistics.Lexicon"/>. Ordinal comparison, no allocation.
/// </summary>
internal static class WordSearch
{
    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words) => EndingLength(text, words) > 0;

    /// <summary>The length of the longest of <paramref name="words"/> that <paramref name="text"/> ends with, or 0 (最高达, not its 达).</summary>
    public static int EndingLength(ReadOnlySpan<char> text, string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = word.Length > longest && text.EndsWith(word) ? word.Length : longest;
        }

        return longest;
    }

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
