using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// A breakdown written in brackets right after a count and its noun (入库228名先进典型（集体103个，个人125名）): its parts
/// divide the whole, as parts after 其中 do, and are counted for what the whole is counted for, though one of them is
/// counted in another unit (collectives in 个, persons in 名).
/// </summary>
internal static class Breakdown
{
    // The longest noun read between a count and its bracket (先进典型).
    private const int MaxWholeNoun = 8;

    // The longest name of a part, before its count (集体, 个人, 司法局): a longer run of words is a clause of its own.
    private const int MaxPartName = 4;

    // The words that open a part of the whole (其中, 包括 "including", 含 "of which").
    private static readonly string[] PartMarkers = ["其中", "包括", "包含", "含"];

    // What separates the parts of a breakdown: 集体103个，个人125名; 中学24个班、小学30个班.
    private const string PartSeparators = "，,、；;";

    /// <summary>
    /// Whether <paramref name="number"/> is a part of a breakdown in brackets and <paramref name="previous"/>, the figure
    /// before it, its whole (228名先进典型（|集体103个) or the part before it (集体103个，|个人125名): the bracket opens right
    /// after the whole's count and noun, and holds only parts before this one, each a short name, its count and maybe its
    /// noun, with this part's short name last.
    /// </summary>
    public static bool IsPartAfter(string text, SentenceStatistic previous, FoundNumber number)
    {
        if (MeasureWords.IsRate(number.Unit) || MeasureWords.IsRate(previous.Number.Unit) || previous.Number.End > number.Start)
        {
            return false;
        }

        var sentenceStart = Clauses.Sentence(text, number.Start).Start;
        var open = text.AsSpan(sentenceStart, number.Start - sentenceStart).LastIndexOfAny('（', '(');
        if (open < 0)
        {
            return false;
        }

        open += sentenceStart;
        var whole = previous.Number.End <= open;
        if (whole ? !AreIdeographs(text.AsSpan(previous.Number.End, open - previous.Number.End), MaxWholeNoun) : previous.Number.Start < open)
        {
            return false;
        }

        // （其中地面20个）, （包括…）: a part after 其中 or 包括 is read by the rule of such parts, which asks for the
        // whole's unit.
        var at = open + 1;
        if (StartsWithAny(text.AsSpan(at), PartMarkers))
        {
            return false;
        }

        var first = at;
        var separator = text.AsSpan(at, number.Start - at).IndexOfAny(PartSeparators);
        while (separator >= 0)
        {
            if (!IsPart(text, at, at + separator))
            {
                return false;
            }

            at += separator + 1;
            separator = text.AsSpan(at, number.Start - at).IndexOfAny(PartSeparators);
        }

        // A breakdown has two parts at least: the first is one only when a named part follows it (（走进12个偏远村） says
        // where the events went).
        return number.Start > at && AreIdeographs(text.AsSpan(at, number.Start - at), MaxPartName)
            && (at > first || NamedPartFollows(text, number.End));
    }

    // Whether, after the count ending at end and its noun, a separator opens another named part, up to the next separator
    // or the closing bracket (集体103个|，个人125名）).
    private static bool NamedPartFollows(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(text.Length - end, MaxWholeNoun + 1));
        var separator = rest.IndexOfAny(PartSeparators);
        if (separator < 0 || !AreIdeographs(rest[..separator], MaxWholeNoun))
        {
            return false;
        }

        var start = end + separator + 1;
        var partEnd = text.AsSpan(start).IndexOfAny(PartEnds);
        return partEnd > 0 && IsPart(text, start, start + partEnd);
    }

    private static readonly string PartEnds = PartSeparators + "）)";

    // A part between start and end: a short name, a count, and its noun or none (个人125名, 中学24个班).
    private static bool IsPart(string text, int start, int end)
    {
        for (var at = start; at <= Math.Min(end - 1, start + MaxPartName); at++)
        {
            if (Numbers.NumeralScanner.TryRead(text, at, out var numeral) && numeral.End < end)
            {
                var measure = MeasureWords.At(text, numeral.End);
                return at > start && AreIdeographs(text.AsSpan(start, at - start), MaxPartName) && measure is not null
                    && AreIdeographs(text.AsSpan(numeral.End + measure.Written.Length, Math.Max(0, end - numeral.End - measure.Written.Length)), MaxWholeNoun);
            }
        }

        return false;
    }

    // Ideographs alone, no more than max of them (or none).
    private static bool AreIdeographs(ReadOnlySpan<char> words, int max)
    {
        if (words.Length > max)
        {
            return false;
        }

        foreach (var character in words)
        {
            if (!Parsing.ChineseText.IsIdeograph(character))
            {
                return false;
            }
        }

        return true;
    }
}
