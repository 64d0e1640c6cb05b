using Dapper;
using Npgsql;

namespace ContentApi.Data.Corrections;

public sealed record StoredArticle(long Id, int Position, string? Title, string? Subtitle, string Body, int Start, int End);

public sealed record StoredAuthor(long ArticleId, int Position, string Name, string Role);

public sealed record StoredSection(long Id, long ArticleId, int Position, string? Heading);

public sealed record StoredParagraph(long Id, long SectionId, int Position, string Text, string? Lead, int Start, int End);

/// <summary>A stored statistic with what re-extraction needs: its span, provenance, who set what, and its editable values by field name.</summary>
public sealed record StoredStatistic(
    long Id,
    long ArticleId,
    long? SectionId,
    long? ParagraphId,
    int Position,
    string Sentence,
    int Start,
    int End,
    string Origin,
    bool Reviewed,
    IReadOnlyList<string> EditedFields,
    IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>An editor's statistic: added by one, or reviewed by one. Re-extraction never removes it.</summary>
    public bool IsEditors => Origin == StatisticOrigins.Editor || Reviewed;
}

/// <summary>Who made a statistic.</summary>
public static class StatisticOrigins
{
    public const string Extractor = "extractor";
    public const string Editor = "editor";
}

/// <summary>A document as stored: its raw text and every row derived from it.</summary>
public sealed record StoredDocument(
    long Id,
    string RawText,
    string ExtractorVersion,
    DateOnly? PublishedOn,
    string? PlaceCode,
    IReadOnlyList<StoredArticle> Articles,
    IReadOnlyList<StoredAuthor> Authors,
    IReadOnlyList<StoredSection> Sections,
    IReadOnlyList<StoredParagraph> Paragraphs,
    IReadOnlyList<StoredStatistic> Statistics)
{
    /// <summary>Reads a document and its rows; with <paramref name="forUpdate"/>, locks the document and its statistics.</summary>
    public static async Task<StoredDocument?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, bool forUpdate, CancellationToken cancellationToken)
    {
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, LoadSql, forUpdate ? "FOR UPDATE" : "");
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { documentId }, transaction, cancellationToken: cancellationToken));
        var document = await results.ReadSingleOrDefaultAsync<(long Id, string RawText, string ExtractorVersion, DateOnly? PublishedOn, string? PlaceCode)>();
        if (document.Id == 0)
        {
            return null;
        }

        var articles = (await results.ReadAsync<StoredArticle>()).ToList();
        var authors = (await results.ReadAsync<StoredAuthor>()).ToList();
        var sections = (await results.ReadAsync<StoredSection>()).ToList();
        var paragraphs = (await results.ReadAsync<StoredParagraph>()).ToList();
        var statistics = (await results.ReadAsync()).Select(row => ToStatistic((IDictionary<string, object?>)row)).ToList();
        return new StoredDocument(document.Id, document.RawText, document.ExtractorVersion, document.PublishedOn, document.PlaceCode, articles, authors, sections, paragraphs, statistics);
    }

    private static StoredStatistic ToStatistic(IDictionary<string, object?> row) => new(
        (long)row["id"]!,
        (long)row["article_id"]!,
        row["section_id"] as long?,
        row["paragraph_id"] as long?,
        (int)row["position"]!,
        (string)row["sentence"]!,
        (int)row["start_offset"]!,
        (int)row["end_offset"]!,
        (string)row["origin"]!,
        (bool)row["reviewed"]!,
        (string[])row["edited_fields"]!,
        EditableFields.All.ToDictionary(f => f.Name, f => row[f.Column]));

    // {0}: FOR UPDATE in a run that writes. Children are read through the document's articles (articles_document,
    // then the unique (parent, position) indexes).
    private static readonly string LoadSql = $$"""
        SELECT id, raw_text, extractor_version, published_on, place_code FROM documents WHERE id = @documentId {0};
        SELECT id, position, title, subtitle, body, start_offset AS start, end_offset AS end FROM articles WHERE document_id = @documentId ORDER BY position;
        SELECT au.article_id AS articleid, au.position, au.name, au.role FROM authors au JOIN articles a ON a.id = au.article_id WHERE a.document_id = @documentId ORDER BY au.article_id, au.position;
        SELECT s.id, s.article_id AS articleid, s.position, s.heading FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.document_id = @documentId ORDER BY s.article_id, s.position;
        SELECT p.id, p.section_id AS sectionid, p.position, p.text, p.lead, p.start_offset AS start, p.end_offset AS end
        FROM paragraphs p JOIN sections s ON s.id = p.section_id JOIN articles a ON a.id = s.article_id WHERE a.document_id = @documentId ORDER BY p.section_id, p.position;
        SELECT s.id, s.article_id, s.section_id, s.paragraph_id, s.position, s.sentence, s.start_offset, s.end_offset, s.origin, s.reviewed, s.edited_fields,
               {{EditableFields.Columns("s")}}
        FROM statistics s WHERE s.document_id = @documentId ORDER BY s.id {0};
        """;
}
