namespace ContentApi.Text.Parsing;

/// <summary>Whether a line continues the paragraph before it, and how many characters the break repeated.</summary>
internal readonly record struct JoinDecision(bool Join, int Overlap, string Reason)
{
    public string Kind => Overlap > 0 ? "join-with-overlap" : "join";
}

/// <summary>Mends paragraphs that a column or page break cut in two.</summary>
internal static class FragmentJoiner
{
    public const string CompleteReason = "the paragraph before ends a sentence";
    public const string MidSentenceReason = "the paragraph before ends mid-sentence, so the next line continues it";
    public const string OverlapReason = "the paragraph before ends mid-sentence and the next line repeats its last characters";

    // One repeated character is as likely a real word (…的 / 的确) as a duplicate; two or more is the layout repeating a line.
    public const int MinOverlap = 2;

    // A layout repeats at most a short line's worth of text; looking no further keeps the check constant-time.
    public const int MaxOverlap = 16;

    /// <param name="before">The end of the paragraph so far.</param>
    /// <param name="after">The body line that follows it.</param>
    public static JoinDecision Decide(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // Two complete paragraphs stay two: only a fragment without its sentence end is waiting for the rest.
        if (before.IsEmpty || after.IsEmpty || ChineseText.IsParagraphEnd(before[^1]))
        {
            return new(false, 0, CompleteReason);
        }

        var overlap = Overlap(before, after);
        return new(true, overlap, overlap > 0 ? OverlapReason : MidSentenceReason);
    }

    /// <summary>The longest run that ends <paramref name="before"/> and also begins <paramref name="after"/> (…社会主义思想 / 主义思想和…).</summary>
    public static int Overlap(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var longest = Math.Min(MaxOverlap, Math.Min(before.Length, after.Length - 1));
        for (var length = longest; length >= MinOverlap; length--)
        {
            var repeated = after[..length];
            if (before.EndsWith(repeated) && HasWordCharacter(repeated))
            {
                return length;
            }
        }

        return 0;
    }

    // Repeated punctuation or spaces (……) is style, not a duplicated line.
    private static bool HasWordCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (ChineseText.IsIdeograph(c) || char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
