namespace ContentApi.Statistics;

/// <summary>
/// A figure from the text with its provenance. <c>value</c> is what a reader takes (万/亿 applied), the low end for a
/// range, whose high end is <c>valueMax</c>; <c>text</c> is the exact source span, at <c>start</c>..<c>end</c> of
/// the document's raw text.
/// </summary>
public sealed record StatisticDto(
    long Id,
    string Metric,
    string Category,
    decimal Value,
    decimal? ValueMax,
    string Unit,
    string Qualifier,
    string Text,
    string Sentence,
    int Start,
    int End,
    DateOnly? PublishedOn,
    StatisticProvenance Provenance);

/// <summary>
/// Where a statistic was found: its document, article, section and paragraph. A figure in the article's title or subtitle
/// has no section and no paragraph (<c>sectionId</c> and <c>paragraphId</c> are null); one in a section's heading has its
/// section and no paragraph.
/// </summary>
public sealed record StatisticProvenance(long DocumentId, long ArticleId, string? ArticleTitle, long? SectionId, string? SectionHeading, long? ParagraphId);

/// <summary>How many statistics a category has.</summary>
public sealed record CategoryCount(string Category, long Count);

/// <summary>A series a dashboard can draw: one metric in one unit, with its aggregates and time span.</summary>
public sealed record MetricSummary(
    string Metric,
    string Unit,
    string Category,
    long Count,
    decimal Sum,
    decimal Min,
    decimal Max,
    DateOnly? FirstPublishedOn,
    DateOnly? LastPublishedOn);

/// <summary>A statistic as a row: the columns of <see cref="StatisticDto"/> flattened, for Dapper and CSV.</summary>
internal sealed record StatisticRow(
    long Id,
    string Metric,
    string Category,
    decimal Value,
    decimal? ValueMax,
    string Unit,
    string Qualifier,
    string SourceText,
    string Sentence,
    int StartOffset,
    int EndOffset,
    DateOnly? PublishedOn,
    long DocumentId,
    long ArticleId,
    string? ArticleTitle,
    long? SectionId,
    string? SectionHeading,
    long? ParagraphId)
{
    public StatisticDto ToDto() => new(Id, Metric, Category, Value, ValueMax, Unit, Qualifier, SourceText, Sentence, StartOffset, EndOffset, PublishedOn,
        new StatisticProvenance(DocumentId, ArticleId, ArticleTitle, SectionId, SectionHeading, ParagraphId));

    /// <summary>The select list that fills this row; the query joins statistics s, articles a and (left: a title has none) sections sec.</summary>
    public const string Columns = """
        s.id, s.metric, s.category, s.value, s.value_max AS valuemax, s.unit, s.qualifier, s.source_text AS sourcetext,
        s.sentence, s.start_offset AS startoffset, s.end_offset AS endoffset, s.published_on AS publishedon,
        s.document_id AS documentid, s.article_id AS articleid, a.title AS articletitle, s.section_id AS sectionid,
        sec.heading AS sectionheading, s.paragraph_id AS paragraphid
        """;
}
