using System.Buffers;

namespace ContentApi.Text.Parsing;

/// <summary>
/// Produces the parsed view of one line of the page: invisible characters dropped, spaces collapsed, half-width
/// punctuation in Chinese text made full-width. Every kept character is mapped back to its source offset.
/// </summary>
internal sealed class TextNormalizer(NormalizationTally tally)
{
    // Every character normalisation may change: controls, invisibles, spaces and the half-width marks. The rest of a
    // line is copied in runs between them, which keeps the common case to one vectorised search per run.
    private static readonly SearchValues<char> MayChange = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => IsInvisible(c) || IsSpace(c) || FullWidthOf(c) != c).ToArray());

    private readonly MappedTextBuilder _builder = new();

    /// <summary>The normalised text of <paramref name="page"/>[<paramref name="start"/>..<paramref name="end"/>], or null when nothing visible is left.</summary>
    public MappedText? Normalize(string page, int start, int end)
    {
        _builder.Clear();
        var pendingSpace = -1;
        for (var i = start; i < end; i++)
        {
            var plain = page.AsSpan(i, end - i).IndexOfAny(MayChange);
            var plainEnd = plain < 0 ? end : i + plain;
            if (plainEnd > i)
            {
                if (pendingSpace >= 0 && _builder.Length > 0)
                {
                    _builder.Append(' ', pendingSpace);
                }

                pendingSpace = -1;
                _builder.Append(page, i, plainEnd - i);
                i = plainEnd;
                if (i == end)
                {
                    break;
                }
            }

            var c = page[i];
            if (IsInvisible(c))
            {
                tally.Count(NormalizationKind.Invisible, i);
                continue;
            }

            if (IsSpace(c))
            {
                // A run of spaces of any kind reads as one; spaces at the ends of a line are not part of its text.
                if (c != ' ' || pendingSpace >= 0 || _builder.Length == 0)
                {
                    tally.Count(NormalizationKind.Whitespace, i);
                }

                if (pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            if (pendingSpace >= 0 && _builder.Length > 0)
            {
                _builder.Append(' ', pendingSpace);
            }

            pendingSpace = -1;
            var full = FullWidth(c, _builder.Length > 0 ? _builder[_builder.Length - 1] : ' ', NextVisible(page, i + 1, end));
            if (full != c)
            {
                tally.Count(NormalizationKind.Punctuation, i);
            }

            _builder.Append(full, i);
        }

        if (pendingSpace >= 0)
        {
            tally.Count(NormalizationKind.Whitespace, pendingSpace);
        }

        return _builder.Length == 0 ? null : _builder.Build();
    }

    /// <summary>The form a character takes in the parsed view regardless of context: how a test compares text to source.</summary>
    public static char Canonical(char c) => IsSpace(c) ? ' ' : FullWidthOf(c);

    // A byte-order mark, a zero-width space or joiner, or a control character has no place in the text a reader sees.
    public static bool IsInvisible(char c) =>
        c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD' || (char.IsControl(c) && c != '\t');

    // Full-width (U+3000), no-break and other Unicode spaces are spaces; a tab is one too.
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\u202F' || char.IsWhiteSpace(c);

    // Copied text often carries half-width marks (日前,中国) that belong full-width in Chinese; a mark between two
    // digits is part of a number (94,220 and 7:00) and stays as it is; in Latin text (Hello, world) nothing changes.
    private static char FullWidth(char c, char previous, char next)
    {
        var full = FullWidthOf(c);
        if (full == c || (char.IsAsciiDigit(previous) && char.IsAsciiDigit(next)))
        {
            return c;
        }

        return ChineseText.IsChinese(previous) || ChineseText.IsChinese(next) ? full : c;
    }

    private static char FullWidthOf(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => c,
    };

    private static char NextVisible(string page, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (!IsInvisible(page[i]))
            {
                return page[i];
            }
        }

        return ' ';
    }
}
