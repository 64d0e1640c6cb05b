namespace ContentApi.Text.Parsing;

/// <summary>
/// Maps indexes of a normalised text back to offsets of the original page. Normalisation keeps most characters
/// one for one, so the map stores only the runs where the two advance together.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _textStarts;
    private readonly int[] _sourceStarts;

    /// <summary>Creates a map from runs: run <c>i</c> begins at text index <c>textStarts[i]</c> and source offset <c>sourceStarts[i]</c>.</summary>
    public SourceMap(int[] textStarts, int[] sourceStarts)
    {
        if (textStarts.Length != sourceStarts.Length || textStarts.Length == 0 || textStarts[0] != 0)
        {
            throw new ArgumentException("Runs must be non-empty, of equal count, and start at text index 0.");
        }

        _textStarts = textStarts;
        _sourceStarts = sourceStarts;
    }

    /// <summary>A map for a text that is an unchanged copy of the source from <paramref name="sourceStart"/> on.</summary>
    public static SourceMap Identity(int sourceStart) => new([0], [sourceStart]);

    /// <summary>The source offset of the character at <paramref name="textIndex"/>.</summary>
    public int ToSource(int textIndex)
    {
        var run = Array.BinarySearch(_textStarts, textIndex);
        if (run < 0)
        {
            run = ~run - 1;
        }

        return _sourceStarts[run] + (textIndex - _textStarts[run]);
    }

    /// <summary>The source offset just past the character before <paramref name="textEnd"/>: the end of a span that ends there.</summary>
    public int ToSourceEnd(int textEnd) => textEnd == 0 ? ToSource(0) : ToSource(textEnd - 1) + 1;
}
