namespace ContentApi.Text.Statistics;

/// <summary>
/// A figure inside quoted speech (…进行果树管护“今年我们村只有我家种了30亩”): the opening quotation mark, still open at the
/// figure, starts an utterance, a new sentence for the reader, so the words before the figure start after it and the
/// narration before it names nothing the speaker counts. A quoted name (“口袋公园”5个) closes before the figure and is
/// not speech; nor is a short one around it, no longer than a name and with no clause inside it.
/// </summary>
internal static class QuotedSpeech
{
    // A quotation holding the figure that is longer than this, or holds a clause's punctuation, is speech.
    private const int MaxQuotedName = 10;

    private const char Opening = '“';
    private const char Closing = '”';
    private const string ClausePunctuation = "，,。；;！？!?：:";

    /// <summary>Where the words before the figure start: after an opening quotation mark still open at it, if the quotation is speech.</summary>
    public static int WordsStart(string text, int leadStart, int numberStart)
    {
        var open = numberStart > leadStart ? text.LastIndexOf(Opening, numberStart - 1, numberStart - leadStart) : -1;
        if (open < 0 || text.IndexOf(Closing, open, numberStart - open) >= 0)
        {
            return leadStart;
        }

        // The closing mark is looked for within the figure's sentence and the mark right after its end (…30亩。”), so the
        // cost stays a sentence's however long the paragraph; a quotation still open past its sentence is speech.
        var (_, sentenceEnd) = Clauses.Sentence(text, numberStart);
        var searchEnd = Math.Min(text.Length, sentenceEnd + 1);
        var close = text.IndexOf(Closing, numberStart, searchEnd - numberStart);
        if (close < 0)
        {
            return open + 1;
        }

        var quoted = text.AsSpan(open + 1, close - open - 1);
        return quoted.Length > MaxQuotedName || quoted.IndexOfAny(ClausePunctuation) >= 0 ? open + 1 : leadStart;
    }
}
