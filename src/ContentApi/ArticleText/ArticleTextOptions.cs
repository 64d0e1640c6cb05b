namespace ContentApi.ArticleText;

/// <summary>Settings of the stored article texts (section <c>ArticleText</c>).</summary>
public sealed class ArticleTextOptions
{
    public const string SectionName = "ArticleText";

    /// <summary>
    /// Whether this instance writes the texts stored before LZ4 compression again (ArticleTextRecompressor). Any
    /// number of instances may: a text already written again is passed over. An instance that cannot write (it reaches
    /// only a standby) should not.
    /// </summary>
    public bool Recompress { get; set; } = true;

    /// <summary>How many articles one batch, one transaction, goes through.</summary>
    public int BatchSize { get; set; } = 200;
}
