namespace ContentApi.Text.Parsing;

/// <summary>
/// Flags a Latin word inside Chinese running text (…思想 and 党的…), usually left over from a translation or an
/// editing slip. Upper-case words (GDP, 5G, APP) are ordinary in Chinese text and are not flagged.
/// </summary>
internal static class ForeignWordDetector
{
    private const int Context = 12;

    public static void Scan(MappedText paragraph, List<ReportEntry> report)
    {
        var text = paragraph.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterLower(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            if (i - start >= 2 && ChineseText.IsIdeograph(Neighbour(text, start - 1, -1)) && ChineseText.IsIdeograph(Neighbour(text, i, 1)))
            {
                var from = Math.Max(0, start - Context);
                var to = Math.Min(text.Length, i + Context);
                var context = text[from..to];
                report.Add(new ReportEntry("foreign-word", paragraph.ToSource(start), paragraph.ToSourceEnd(i), context, context,
                    $"a Latin-script word '{text[start..i]}' inside Chinese running text"));
            }
        }
    }

    // The character next to the word, looking past one space.
    private static char Neighbour(string text, int index, int step)
    {
        if (index >= 0 && index < text.Length && text[index] == ' ')
        {
            index += step;
        }

        return index >= 0 && index < text.Length ? text[index] : ' ';
    }
}
