using System.Text;

namespace ContentApi.Inputs.Pdf;

/// <summary>Lines stacked one under the other in the same column at the same size: a paragraph, or a column's run of them.</summary>
internal sealed class TextBlock(TextLine first)
{
    public List<TextLine> Lines { get; } = [first];
    public double Left { get; private set; } = first.Left;
    public double Right { get; private set; } = first.Right;
    public double Top { get; } = first.Top;
    public double Bottom { get; private set; } = first.Bottom;
    public double Size { get; } = first.Size;

    /// <summary>
    /// Whether the line continues this block: the same size, starting inside the block's width (or up to a two-character indent to its left, when the block began with a paragraph's first line), and no further below
    /// its last line than ordinary leading (under a line's height: paragraphs set on a page have no more).
    /// </summary>
    public bool Continues(TextLine line)
    {
        var gap = Bottom - line.Top;
        return Math.Abs(line.Size - Size) <= 0.15 * Size
               && line.Left >= Left - 2.5 * Size && line.Left < Right - Size
               && gap >= -0.5 && gap <= 0.9 * Size;
    }

    public void Add(TextLine line)
    {
        Lines.Add(line);
        Left = Math.Min(Left, line.Left);
        Right = Math.Max(Right, line.Right);
        Bottom = line.Bottom;
    }

    /// <summary>
    /// The block's paragraphs. Chinese paragraphs open with a two-character indent, so a line that starts a
    /// character or more in from the block's left edge begins one; lines of a paragraph join without a space
    /// between Chinese characters and with one between Latin words.
    /// </summary>
    public IEnumerable<string> Paragraphs()
    {
        var paragraph = new StringBuilder();
        foreach (var line in Lines)
        {
            if (paragraph.Length > 0 && line.Left - Left > 0.8 * line.Size)
            {
                yield return paragraph.ToString();
                paragraph.Clear();
            }

            if (WideText.SpaceBetween(paragraph, line.Text[0]))
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line.Text);
        }

        yield return paragraph.ToString();
    }
}

/// <summary>Puts a page's lines into blocks and the blocks into the order a reader reads them.</summary>
internal static class TextBlocks
{
    public static List<TextBlock> Of(List<TextLine> lines)
    {
        var blocks = new List<TextBlock>();
        foreach (var line in lines)
        {
            if (blocks.LastOrDefault(b => b.Continues(line)) is { } block)
            {
                block.Add(line);
            }
            else
            {
                blocks.Add(new TextBlock(line));
            }
        }

        return blocks;
    }

    /// <summary>
    /// Reading order by recursive XY cut, the classic layout analysis for newspapers: a region is cut along its widest
    /// white gap — a horizontal gap between a headline and the columns under it, or between two stories; a vertical
    /// gap between columns — and each part is read in turn, top to bottom or left to right. A column's text never
    /// leaves a gap across all columns, so columns are read whole, one after the other.
    /// </summary>
    public static List<TextBlock> InReadingOrder(List<TextBlock> blocks)
    {
        var ordered = new List<TextBlock>(blocks.Count);
        Cut(blocks, ordered);
        return ordered;
    }

    private static void Cut(List<TextBlock> region, List<TextBlock> ordered)
    {
        if (region.Count == 1)
        {
            ordered.Add(region[0]);
            return;
        }

        var columns = Split(region, b => b.Left, b => b.Right);
        var rows = Split(region, b => -b.Top, b => -b.Bottom);
        var parts = columns.Gap >= rows.Gap ? columns : rows;
        if (parts.Groups.Count < 2)
        {
            // Overlapping blocks, no gap to cut at: top to bottom, then left to right.
            ordered.AddRange(region.OrderByDescending(b => b.Top).ThenBy(b => b.Left));
            return;
        }

        foreach (var part in parts.Groups)
        {
            Cut(part, ordered);
        }
    }

    // Projects the blocks onto one axis and groups those whose extents overlap, in order; Gap is the widest gap
    // between two groups (0 when there is one group).
    private static (List<List<TextBlock>> Groups, double Gap) Split(List<TextBlock> region, Func<TextBlock, double> start, Func<TextBlock, double> end)
    {
        var groups = new List<List<TextBlock>>();
        double widest = 0, reach = double.NegativeInfinity;
        foreach (var block in region.OrderBy(start))
        {
            if (groups.Count == 0 || start(block) > reach)
            {
                if (groups.Count > 0)
                {
                    widest = Math.Max(widest, start(block) - reach);
                }

                groups.Add([]);
            }

            groups[^1].Add(block);
            reach = Math.Max(reach, end(block));
        }

        return (groups, widest);
    }
}
