namespace ContentApi.ArticleText;

/// <summary>Settings of the stored article texts (section <c>ArticleText</c>).</summary>
public sealed class ArticleTextOptions
{
    public const string SectionName = "ArticleText";

    /// <summary>
    /// Whether this instance writes again the texts stored before their storage last changed (ArticleTextRewriter).
    /// Any number of instances may: one walks at a time, from where the last one stopped. An instance that cannot
    /// write (it reaches only a standby) should not.
    /// </summary>
    public bool Rewrite { get; set; } = true;

    /// <summary>How many articles one batch, one transaction, goes through.</summary>
    public int BatchSize { get; set; } = 200;
}
