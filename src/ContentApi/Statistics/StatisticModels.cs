using ContentApi.Places;

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
    StatisticProvenance Provenance)
{
    /// <summary>The area the figure belongs to (GB/T 2260), or null when neither the text nor the document says.</summary>
    public PlaceDto? Place { get; init; }

    /// <summary>The time the figure describes, or null when no year is known.</summary>
    public PeriodDto? Period { get; init; }

    /// <summary>The metric normalised across pages: what a series is keyed by.</summary>
    public string? MetricKey { get; init; }

    /// <summary>accepted, or rejected by an editor (then left out of lists, counts and metrics unless asked for).</summary>
    public string Status { get; init; } = "accepted";

    /// <summary>Who found it: the extractor, or an editor who added it.</summary>
    public string Origin { get; init; } = "extractor";

    /// <summary>True once an editor has changed, confirmed or added it.</summary>
    public bool Reviewed { get; init; }
}

/// <summary>
/// Where a statistic was found: its document, article, section and paragraph. A figure in the article's title or subtitle
/// has no section and no paragraph (<c>sectionId</c> and <c>paragraphId</c> are null); one in a section's heading has its
/// section and no paragraph.
/// </summary>
public sealed record StatisticProvenance(long DocumentId, long ArticleId, string? ArticleTitle, long? SectionId, string? SectionHeading, long? ParagraphId);

/// <summary>How many statistics a category has.</summary>
public sealed record CategoryCount(string Category, long Count);

/// <summary>
/// A series a dashboard can draw: one quantity (a metric key) in one unit, with its aggregates and time span.
/// <paramref name="Metric"/> is its most frequent wording on the pages, <paramref name="Wordings"/> how many different
/// wordings it has (红桥区注册志愿者人数 and 注册志愿者 are two wordings of the key 注册志愿者).
/// </summary>
public sealed record MetricSummary(
    string MetricKey,
    string Metric,
    long Wordings,
    string Unit,
    string Category,
    long Count,
    decimal Sum,
    decimal Min,
    decimal Max,
    DateOnly? FirstPublishedOn,
    DateOnly? LastPublishedOn);

/// <summary>What a cursor of the statistics list continues after: the sort's key and the id.</summary>
internal interface IStatisticKey
{
    long Id { get; }

    decimal Value { get; }

    DateOnly? PublishedOn { get; }
}

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
    long? ParagraphId,
    string Status,
    string Origin,
    bool Reviewed,
    int RowVersion,
    string? PlaceCode = null,
    string? PlaceName = null,
    string? PlaceLevel = null,
    string? PlacePath = null,
    int? PeriodYear = null,
    DateOnly? PeriodFrom = null,
    DateOnly? PeriodTo = null,
    string? PeriodLabel = null,
    bool PeriodIsTarget = false,
    string? MetricKey = null) : IStatisticKey
{
    public StatisticDto ToDto() => new(Id, Metric, Category, Value, ValueMax, Unit, Qualifier, SourceText, Sentence, StartOffset, EndOffset, PublishedOn,
        new StatisticProvenance(DocumentId, ArticleId, ArticleTitle, SectionId, SectionHeading, ParagraphId))
    {
        Place = PlaceDto.Of(PlaceCode, PlaceName, PlaceLevel, PlacePath),
        Period = PeriodDto.Of(PeriodYear, PeriodFrom, PeriodTo, PeriodLabel, PeriodIsTarget),
        MetricKey = MetricKey,
        Status = Status,
        Origin = Origin,
        Reviewed = Reviewed,
    };

    /// <summary>The select list that fills this row, over statistics s and <see cref="Joins"/>.</summary>
    public const string Columns = """
        s.id, s.metric, s.category, s.value, s.value_max AS valuemax, s.unit, s.qualifier, s.source_text AS sourcetext,
        s.sentence, s.start_offset AS startoffset, s.end_offset AS endoffset, s.published_on AS publishedon,
        s.document_id AS documentid, s.article_id AS articleid, a.title AS articletitle, s.section_id AS sectionid,
        sec.heading AS sectionheading, s.paragraph_id AS paragraphid,
        s.status, s.origin, s.reviewed, s.row_version AS rowversion, s.place_code AS placecode, s.place_name AS placename,
        s.place_level AS placelevel, array_to_string(s.place_path, '/') AS placepath, s.period_year AS periodyear, s.period_from AS periodfrom,
        s.period_to AS periodto, s.period_label AS periodlabel, s.period_is_target AS periodistarget, s.metric_key AS metrickey
        """;

    /// <summary>The provenance <see cref="Columns"/> reads beside statistics s: its article a, and its section sec (left: a figure in a title has none).</summary>
    public const string Joins = """
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sections sec ON sec.id = s.section_id
        """;
}
