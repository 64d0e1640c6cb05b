using System.Collections.Frozen;

namespace ContentApi.Text.Statistics;

/// <summary>
/// A list of words looked up by their first character, so that a rule asks "which of these words starts here?"
/// without comparing every word at every position.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<char, string[]> _byFirstCharacter;

    public Lexicon(IEnumerable<string> words)
    {
        var distinct = words.Distinct().ToArray();
        Longest = distinct.Max(word => word.Length);
        _byFirstCharacter = distinct
            .GroupBy(word => word[0])
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(word => word.Length).ToArray());
    }

    /// <summary>The length of the longest word.</summary>
    public int Longest { get; }

    /// <summary>The longest word that begins at <paramref name="at"/>, or null.</summary>
    public string? At(string text, int at)
    {
        if (at < 0 || at >= text.Length || !_byFirstCharacter.TryGetValue(text[at], out var candidates))
        {
            return null;
        }

        var rest = text.AsSpan(at);
        foreach (var word in candidates)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether a word begins at <paramref name="at"/>.</summary>
    public bool StartsAt(string text, int at) => At(text, at) is not null;

    /// <summary>Whether a word ends just before <paramref name="at"/>.</summary>
    public bool EndsAt(string text, int at)
    {
        for (var start = Math.Max(0, at - Longest); start < at; start++)
        {
            if (At(text, start) is { } word && start + word.Length == at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one occurrence of a word covers the whole of <paramref name="start"/>..<paramref name="end"/>.</summary>
    public bool Covers(string text, int start, int end)
    {
        for (var from = Math.Max(0, end - Longest); from <= start; from++)
        {
            if (_byFirstCharacter.TryGetValue(text[from], out var candidates))
            {
                foreach (var word in candidates)
                {
                    if (from + word.Length >= end && text.AsSpan(from).StartsWith(word, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
