namespace ContentApi.Text.Parsing;

/// <summary>A normalised text with the runs that map each of its characters back to the original page.</summary>
internal sealed class MappedText(string text, int[] textStarts, int[] sourceStarts)
{
    public string Text { get; } = text;

    public int Length => Text.Length;

    /// <summary>Where run <c>i</c> starts in <see cref="Text"/>; runs advance one for one with the source.</summary>
    public int[] TextStarts { get; } = textStarts;

    /// <summary>Where run <c>i</c> starts in the original page.</summary>
    public int[] SourceStarts { get; } = sourceStarts;

    public int ToSource(int textIndex)
    {
        var run = Array.BinarySearch(TextStarts, textIndex);
        if (run < 0)
        {
            run = ~run - 1;
        }

        return SourceStarts[run] + (textIndex - TextStarts[run]);
    }

    public int ToSourceEnd(int textEnd) => textEnd == 0 ? ToSource(0) : ToSource(textEnd - 1) + 1;

    public SourceMap ToMap() => new(TextStarts, SourceStarts);
}
