namespace ContentApi.Text.Parsing;

/// <summary>A non-blank line of the page in its normalised form, with where it lies in the original.</summary>
internal sealed class PageLine(MappedText content, bool blankBefore)
{
    public MappedText Content { get; } = content;

    public string Text => Content.Text;

    public int Start => Content.ToSource(0);

    public int End => Content.ToSourceEnd(Content.Length);

    /// <summary>Whether a blank line (or the top of the page) comes before this one.</summary>
    public bool BlankBefore { get; } = blankBefore;
}

/// <summary>Cuts a page into its non-blank lines; LF, CRLF and a lone CR all end a line.</summary>
internal static class LineSplitter
{
    public static List<PageLine> Split(string page, TextNormalizer normalizer)
    {
        var lines = new List<PageLine>();
        var blankBefore = true;
        var start = 0;
        while (start <= page.Length)
        {
            var length = page.AsSpan(start).IndexOfAny('\r', '\n');
            var end = length < 0 ? page.Length : start + length;
            var content = normalizer.Normalize(page, start, end);
            if (content is null)
            {
                blankBefore = true;
            }
            else
            {
                lines.Add(new PageLine(content, blankBefore));
                blankBefore = false;
            }

            if (length < 0)
            {
                break;
            }

            start = end + (page[end] == '\r' && end + 1 < page.Length && page[end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }
}
