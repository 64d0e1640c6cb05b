using ContentApi.Statistics;

namespace ContentApi.Articles;

/// <summary>An article in a list: enough to show a headline and link to it.</summary>
public sealed record ArticleSummary(
    long Id,
    long DocumentId,
    int Position,
    string? Title,
    string? Subtitle,
    DateOnly? PublishedOn,
    string? Source,
    int StatisticCount)
{
    /// <summary>With <c>q</c>: the text around the first match, HTML-escaped, the match wrapped in &lt;mark&gt;.</summary>
    public string? Snippet { get; init; }
}

/// <summary>A person named in the article's byline.</summary>
public sealed record AuthorDto(string Name, string Role);

/// <summary>A paragraph; <c>start</c>/<c>end</c> delimit it in the raw text of its document.</summary>
public sealed record ParagraphDto(long Id, int Position, string Text, string? Lead, int Start, int End);

/// <summary>A section: the text under one subheading (none for the part before the first).</summary>
public sealed record SectionDto(long Id, long ArticleId, int Position, string? Heading, IReadOnlyList<ParagraphDto>? Paragraphs)
{
    /// <summary>Included by <c>GET /sections/{id}</c>.</summary>
    public IReadOnlyList<StatisticDto>? Statistics { get; init; }
}

/// <summary>An article with what <c>include</c> asked for (all of it by default).</summary>
public sealed record ArticleDetail(
    long Id,
    long DocumentId,
    int Position,
    string? Title,
    string? Subtitle,
    DateOnly? PublishedOn,
    string? Source,
    int Start,
    int End,
    IReadOnlyList<AuthorDto>? Authors,
    IReadOnlyList<SectionDto>? Sections,
    IReadOnlyList<StatisticDto>? Statistics);
