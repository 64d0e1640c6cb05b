namespace ContentApi.Text.Parsing;

/// <summary>A paragraph being read: the lines it has gathered so far, each with the characters a join dropped from its start.</summary>
internal sealed class ParagraphDraft(PageLine first)
{
    // The start of the tail and head quoted in a join's report entry.
    private const int Context = 12;

    private readonly List<(PageLine Line, int From)> _fragments = [(first, 0)];

    /// <summary>Whether the paragraph so far ends mid-sentence and waits for the rest.</summary>
    public bool IsOpen => !ChineseText.IsParagraphEnd(Tail[^1]);

    private ReadOnlySpan<char> Tail
    {
        get
        {
            var (line, from) = _fragments[^1];
            return line.Text.AsSpan(from);
        }
    }

    /// <summary>Joins <paramref name="line"/> when it continues this paragraph, reporting the repair.</summary>
    public bool TryJoin(PageLine line, List<ReportEntry> report)
    {
        var decision = FragmentJoiner.Decide(Tail, line.Text);
        if (!decision.Join)
        {
            return false;
        }

        var (last, lastFrom) = _fragments[^1];
        var tailStart = Math.Max(lastFrom, last.Text.Length - Context);
        var tail = last.Text[tailStart..];
        var head = line.Text[..Math.Min(line.Text.Length, decision.Overlap + Context)];
        var end = line.Content.ToSourceEnd(head.Length);
        report.Add(new ReportEntry(decision.Kind, last.Content.ToSource(tailStart), end, $"{tail}⏎{head}",
            tail + head[decision.Overlap..], decision.Reason));
        _fragments.Add((line, decision.Overlap));
        return true;
    }

    public MappedText Build(MappedTextBuilder builder)
    {
        if (_fragments.Count == 1)
        {
            return _fragments[0].Line.Content;
        }

        builder.Clear();
        foreach (var (line, from) in _fragments)
        {
            builder.Append(line.Content, from);
        }

        return builder.Build();
    }
}
