namespace ContentApi.Text.Parsing;

/// <summary>
/// Finds run-in heads: a short clause that opens a paragraph and announces it (宣传覆盖有广度。走在…), as papers do
/// for a series of parallel paragraphs instead of setting a subheading on its own line.
/// </summary>
internal static class RunInHead
{
    // A run-in head is a slogan-length phrase; a longer opening is an ordinary first sentence.
    public const int MaxLength = 12;

    /// <summary>Gives a lead to every paragraph that opens with a run-in head when a neighbour opens the same way.</summary>
    public static void Apply(List<ParsedParagraph> paragraphs)
    {
        var heads = new string?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            heads[i] = Find(paragraphs[i].Text);
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            // Run-in heads come in parallel series; a lone short opening sentence (会议由张三主持。) is just a sentence.
            var inSeries = (i > 0 && heads[i - 1] is not null) || (i + 1 < heads.Length && heads[i + 1] is not null);
            if (heads[i] is { } head && inSeries)
            {
                paragraphs[i] = paragraphs[i] with { Lead = head };
            }
        }
    }

    /// <summary>The opening clause of <paramref name="paragraph"/> when it has the shape of a run-in head, without its stop.</summary>
    public static string? Find(string paragraph)
    {
        var stop = paragraph.AsSpan(0, Math.Min(paragraph.Length, MaxLength + 1)).IndexOfAny('。', '！');
        if (stop < 2 || stop + 1 >= paragraph.Length)
        {
            return null;
        }

        var clause = paragraph.AsSpan(0, stop);
        // A head is one phrase: a comma or a figure inside makes it a sentence that reports something.
        var isPhrase = !clause.ContainsAny("，、；：,;: ") && !clause.ContainsAnyInRange('0', '9');
        return isPhrase ? clause.ToString() : null;
    }
}
