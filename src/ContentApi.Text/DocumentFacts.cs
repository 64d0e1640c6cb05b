namespace ContentApi.Text;

/// <summary>
/// What is known of a document apart from its text, as ingest receives it: the date it was published (relative time
/// words such as 今年 and 去年 are read against it) and its place (a division's code or name: the area it is about, or
/// the home area of the paper it comes from), used when the text names none.
/// </summary>
public sealed record DocumentFacts(DateOnly? PublishedOn = null, string? Place = null)
{
    /// <summary>Nothing known beyond the text.</summary>
    public static DocumentFacts None { get; } = new();
}
