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

    public SourceMap Map { get; } = new(textStarts, sourceStarts);

    public int ToSource(int textIndex) => Map.ToSource(textIndex);

    public int ToSourceEnd(int textEnd) => Map.ToSourceEnd(textEnd);
}
