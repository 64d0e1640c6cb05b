using System.Text;
using UglyToad.PdfPig.Content;

namespace ContentApi.Inputs.Pdf;

/// <summary>A run of letters on one baseline that a reader reads as one line of a column or a headline.</summary>
internal sealed record TextLine(double Left, double Right, double Top, double Bottom, double Size, string Text);

/// <summary>Groups a page's letters into lines: same baseline, and no gap wider than a column gap between letters.</summary>
internal static class PageLines
{
    public static List<TextLine> Of(IEnumerable<Letter> letters)
    {
        var lines = new List<TextLine>();
        var glyphs = letters.Where(l => l.Value.Length > 0 && l.PointSize > 0).ToList();
        // Top to bottom; letters whose baselines differ by less than a third of their size share a row.
        glyphs.Sort((a, b) => b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y));
        var row = new List<Letter>();
        foreach (var letter in glyphs)
        {
            if (row.Count > 0 && Math.Abs(row[0].StartBaseLine.Y - letter.StartBaseLine.Y) > row[0].PointSize / 3)
            {
                SplitRow(row, lines);
                row.Clear();
            }

            row.Add(letter);
        }

        SplitRow(row, lines);
        return lines;
    }

    // A row runs across every column of the page; a gap wider than a character ends a line, since justified Chinese
    // text never spaces its characters that far apart, and columns stand further apart even where a line's closing
    // punctuation hangs into the gap (《…》 at a line's end, measured: a 14.6 pt gap at 10.5 pt).
    private static void SplitRow(List<Letter> row, List<TextLine> lines)
    {
        if (row.Count == 0)
        {
            return;
        }

        row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var start = 0;
        for (var i = 1; i <= row.Count; i++)
        {
            if (i == row.Count || row[i].StartBaseLine.X - row[i - 1].EndBaseLine.X > 1.2 * row[i - 1].PointSize)
            {
                if (Line(row.GetRange(start, i - start)) is { Text.Length: > 0 } line)
                {
                    lines.Add(line);
                }

                start = i;
            }
        }
    }

    private static TextLine Line(List<Letter> letters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            // A space the PDF drew is kept once. Where it drew none, a blank as wide as a character is one, and so is a
            // quarter of one between Latin words; justified Chinese lines spread their characters by less than a
            // character (”“ measured 7 pt apart at 10.5 pt).
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                continue;
            }

            var gap = i > 0 ? letter.StartBaseLine.X - letters[i - 1].EndBaseLine.X : 0;
            if (text.Length > 0 && text[^1] != ' ' && (gap > 0.9 * letter.PointSize || gap > letter.PointSize / 4 && WideText.SpaceBetween(text, letter.Value[0])))
            {
                text.Append(' ');
            }

            foreach (var c in letter.Value)
            {
                text.Append(RadicalIdeographs.Map(c));
            }
        }

        var size = letters.Max(l => l.PointSize);
        return new TextLine(letters[0].StartBaseLine.X, letters[^1].EndBaseLine.X, letters.Max(l => l.StartBaseLine.Y) + size * 0.8,
            letters.Min(l => l.StartBaseLine.Y) - size * 0.2, size, text.ToString().TrimEnd());
    }
}
