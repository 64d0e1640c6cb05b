namespace ContentApi.Text.Parsing;

/// <summary>What normalisation changed in the parsed view.</summary>
internal enum NormalizationKind
{
    Invisible,
    Whitespace,
    Punctuation,
}

/// <summary>
/// Counts the normalisations of a page and reports one entry per kind, with the span they occur in: an editor
/// wants to know that 300 commas were made full-width, not to read 300 entries.
/// </summary>
internal sealed class NormalizationTally
{
    private readonly int[] _counts = new int[3];
    private readonly int[] _first = [-1, -1, -1];
    private readonly int[] _last = new int[3];

    public void Count(NormalizationKind kind, int sourceIndex)
    {
        var k = (int)kind;
        _counts[k]++;
        if (_first[k] < 0)
        {
            _first[k] = sourceIndex;
        }

        _last[k] = sourceIndex;
    }

    public void Report(string page, List<ReportEntry> report)
    {
        Add(page, report, NormalizationKind.Invisible, "invisible-characters", "removed {0} byte-order marks, zero-width or control characters");
        Add(page, report, NormalizationKind.Whitespace, "whitespace", "collapsed or trimmed {0} full-width, no-break or repeated spaces");
        Add(page, report, NormalizationKind.Punctuation, "punctuation", "made {0} half-width marks in Chinese text full-width");
    }

    private void Add(string page, List<ReportEntry> report, NormalizationKind kind, string name, string message)
    {
        var k = (int)kind;
        if (_counts[k] == 0)
        {
            return;
        }

        var first = page[_first[k]];
        var example = kind == NormalizationKind.Punctuation ? TextNormalizer.Canonical(first).ToString() : "";
        report.Add(new ReportEntry(name, _first[k], _last[k] + 1, first.ToString(), example, string.Format(message, _counts[k])));
    }
}
