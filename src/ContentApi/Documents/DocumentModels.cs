using ContentApi.Text.Parsing;

namespace ContentApi.Documents;

/// <summary>A page to ingest or preview, as JSON.</summary>
/// <param name="Text">The page's plain text, exactly as received (UTF-8; up to the configured size).</param>
/// <param name="Source">Who published it, e.g. the paper's name.</param>
/// <param name="SourceUrl">Where it was published (http or https).</param>
/// <param name="PublishedOn">The publication date (ISO 8601); 今年, 去年 and 目前 in the text are read against it.</param>
/// <param name="Place">The page's place, a division's code or name (120106, 红桥区): the place of figures whose text names none.</param>
/// <param name="Html">Instead of text: the page as HTML; its article's text is read out and stored as the document's text.</param>
public sealed record DocumentRequest(string? Text, string? Source, string? SourceUrl, DateOnly? PublishedOn, string? Place = null, string? Html = null);

/// <summary>How much was derived from a document.</summary>
public sealed record DocumentCounts(int Articles, int Sections, int Paragraphs, int Statistics);

/// <summary>An article of a document: its id and title, to follow to <c>/articles/{id}</c>.</summary>
public sealed record DocumentArticle(long Id, int Position, string? Title);

/// <summary>A document in a list.</summary>
public sealed record DocumentSummary(long Id, string? Source, string? SourceUrl, DateOnly? PublishedOn, DateTimeOffset IngestedAt, int Length, DocumentCounts Counts);

/// <summary>A stored document: metadata, counts, its articles, and the parse report (repairs and anomalies).</summary>
public sealed record DocumentDetail(
    long Id,
    string? Source,
    string? SourceUrl,
    DateOnly? PublishedOn,
    DateTimeOffset IngestedAt,
    string ExtractorVersion,
    string ContentHash,
    int Length,
    DocumentCounts Counts,
    IReadOnlyList<DocumentArticle> Articles,
    IReadOnlyList<ReportEntry> Report,
    IReadOnlyList<FurnitureLine> Furniture);
