namespace ContentApi.ArticleBodies;

/// <summary>Settings of the stored article bodies (section <c>ArticleBodies</c>).</summary>
public sealed class ArticleBodyOptions
{
    public const string SectionName = "ArticleBodies";

    /// <summary>
    /// Whether this instance renders due bodies. Any number of instances may: each takes the due articles in the same
    /// order, so two may render the same article, which costs time and is otherwise harmless. An instance that cannot
    /// write (it reaches only a standby) should not.
    /// </summary>
    public bool Render { get; set; } = true;

    /// <summary>How often an idle renderer looks for due articles.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due articles one round renders before it looks again.</summary>
    public int BatchSize { get; set; } = 64;
}
