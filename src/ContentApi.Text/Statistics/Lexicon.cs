using System.Collections.Frozen;

namespace ContentApi.Text.Statistics;

/// <summary>
/// A list of words looked up by their first character, so that a rule asks "which of these words starts here?"
/// without comparing every word at every position.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<char, string[]> _byFirstCharacter;

    // Words of two or more characters by their first two: a table of tens of thousands of place names shares few
    // first pairs, where it shares first characters by the hundred (新, 城), so At compares a handful, not hundreds.
    private readonly FrozenDictionary<int, string[]> _byFirstPair;
    private readonly FrozenSet<char> _singles;

    // One bit per hash of a first pair, set for every word's: most positions of a text begin no word, and a clear bit
    // says so without a dictionary lookup (a scan for places asks at every character). About 16 bits a pair keep false
    // positives near one in sixteen; a set bit is only a maybe, which the dictionary settles.
    private readonly ulong[] _pairBits;
    private readonly int _pairShift;

    public Lexicon(IEnumerable<string> words)
    {
        var distinct = words.Distinct().ToArray();
        Longest = distinct.Max(word => word.Length);
        _byFirstCharacter = distinct
            .GroupBy(word => word[0])
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(word => word.Length).ToArray());
        _byFirstPair = distinct
            .Where(word => word.Length >= 2)
            .GroupBy(word => Pair(word, 0))
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(word => word.Length).ToArray());
        _singles = distinct.Where(word => word.Length == 1).Select(word => word[0]).ToFrozenSet();
        var bits = Math.Max(BitsPerPair * _byFirstPair.Count, 64);
        var log = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)bits - 1);
        _pairBits = new ulong[(1 << log) / 64];
        _pairShift = 32 - log;
        foreach (var pair in _byFirstPair.Keys)
        {
            var bit = PairBit(pair);
            _pairBits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    private const int BitsPerPair = 16;

    private static int Pair(string text, int at) => (text[at] << 16) | text[at + 1];

    private uint PairBit(int pair) => unchecked((uint)pair * 0x9E3779B1u) >> _pairShift;

    private bool MayBeginPair(int pair)
    {
        var bit = PairBit(pair);
        return (_pairBits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>The length of the longest word.</summary>
    public int Longest { get; }

    /// <summary>The longest word that begins at <paramref name="at"/>, or null.</summary>
    public string? At(string text, int at)
    {
        if (at < 0 || at >= text.Length)
        {
            return null;
        }

        if (at + 1 < text.Length && Pair(text, at) is var pair && MayBeginPair(pair) && _byFirstPair.TryGetValue(pair, out var candidates))
        {
            var rest = text.AsSpan(at);
            foreach (var word in candidates)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return word;
                }
            }
        }

        return _singles.Count > 0 && _singles.Contains(text[at]) ? _byFirstCharacter[text[at]][^1] : null;
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
