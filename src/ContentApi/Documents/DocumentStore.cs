using System.Text.Json;
using System.Text;
using ContentApi.Data;
using ContentApi.Data.Documents;
using ContentApi.Paging;
using ContentApi.Replicas;
using ContentApi.Text.Serialization;
using Dapper;
using Npgsql;

namespace ContentApi.Documents;

/// <summary>The document queries. A document just written is read back from the primary (read-your-writes).</summary>
internal sealed class DocumentStore(ContentDataSources dataSources, ReadConnections reads)
{
    public async Task<(IReadOnlyList<DocumentSummary> Items, long Total, Cursor? Next)> ListAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        var cursor = Cursor.TryDecode(query.Cursor);
        var size = query.SizeOf();
        var parameters = new
        {
            query.Source,
            afterId = cursor?.Id,
            limit = size + 1,
            offset = cursor is null ? (query.NumberOf() - 1) * size : 0,
        };
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<DocumentRow>()).ToList();
        var total = await results.ReadSingleAsync<long>();
        var next = Cursor.TrimToPage(rows, size, last => new Cursor(query.SortOrDefault, null, last.Id));

        return (rows.Select(r => new DocumentSummary(r.Id, r.Source, r.SourceUrl, r.PublishedOn, new DateTimeOffset(r.IngestedAt, TimeSpan.Zero), r.Length, r.Counts())).ToList(), total, next);
    }

    public async Task<DocumentDetail?> FindAsync(long id, bool fromPrimary, CancellationToken cancellationToken)
    {
        await using var connection = fromPrimary ? await dataSources.Write.OpenConnectionAsync(cancellationToken) : await reads.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(DetailSql, new { id }, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<DocumentDetailRow>();
        if (row is null)
        {
            return null;
        }

        var articles = (await results.ReadAsync<DocumentArticle>()).ToList();
        return new DocumentDetail(row.Id, row.Source, row.SourceUrl, row.PublishedOn, new DateTimeOffset(row.IngestedAt, TimeSpan.Zero), row.ExtractorVersion, Convert.ToHexStringLower(row.ContentHash),
            row.Length, row.Counts(), articles,
            JsonSerializer.Deserialize(row.Report, PageJsonContext.Compact.IReadOnlyListReportEntry) ?? [],
            JsonSerializer.Deserialize(row.Furniture, PageJsonContext.Compact.IReadOnlyListFurnitureLine) ?? []);
    }

    public async Task<string?> TextAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT raw_text FROM documents WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The bytes a document arrived as, with their media type; a page sent as text is its text.</summary>
    public async Task<PageOriginal?> OriginalAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OriginalRow>(new CommandDefinition(OriginalSql, new { id }, cancellationToken: cancellationToken));
        return row is null ? null
            : row.Content is null ? new PageOriginal("text/plain; charset=utf-8", Encoding.UTF8.GetBytes(row.Text!))
            : new PageOriginal(row.MediaType!, row.Content);
    }

    // The raw text is read only for a page that has no original of its own.
    private const string OriginalSql = """
        SELECT o.media_type AS mediatype, o.content, CASE WHEN o.document_id IS NULL THEN d.raw_text END AS text
        FROM documents d LEFT JOIN document_originals o ON o.document_id = d.id
        WHERE d.id = @id
        """;

    private sealed record OriginalRow(string? MediaType, byte[]? Content, string? Text);

    // Counts come from the child tables through their document indexes (articles_document, statistics_span); rejected statistics are not counted.
    private const string CountColumns = """
        (SELECT count(*)::int FROM articles a WHERE a.document_id = d.id) AS articles,
        (SELECT count(*)::int FROM sections sec JOIN articles a ON a.id = sec.article_id WHERE a.document_id = d.id) AS sections,
        (SELECT count(*)::int FROM paragraphs p JOIN sections sec ON sec.id = p.section_id JOIN articles a ON a.id = sec.article_id WHERE a.document_id = d.id) AS paragraphs,
        (SELECT count(*)::int FROM statistics s WHERE s.document_id = d.id AND s.status = 'accepted') AS statistics
        """;

    private const string ListSql = $"""
        SELECT d.id, d.source, d.source_url AS sourceurl, d.published_on AS publishedon, d.ingested_at AS ingestedat,
               char_length(d.raw_text) AS length, {CountColumns}
        FROM documents d
        WHERE (@Source::text IS NULL OR d.source = @Source)
          AND (@afterId::bigint IS NULL OR d.id < @afterId)
        ORDER BY d.id DESC
        LIMIT @limit OFFSET @offset;
        SELECT count(*) FROM documents d WHERE (@Source::text IS NULL OR d.source = @Source);
        """;

    private const string DetailSql = $"""
        SELECT d.id, d.source, d.source_url AS sourceurl, d.published_on AS publishedon, d.ingested_at AS ingestedat,
               d.extractor_version AS extractorversion, d.content_hash AS contenthash, char_length(d.raw_text) AS length,
               d.report::text AS report, d.furniture::text AS furniture, {CountColumns}
        FROM documents d WHERE d.id = @id;
        SELECT id, position, title FROM articles WHERE document_id = @id ORDER BY position;
        """;

    // Npgsql reads timestamptz as a UTC DateTime; Dapper matches constructors on exact types, so rows take that.
    private sealed record DocumentRow(long Id, string? Source, string? SourceUrl, DateOnly? PublishedOn, DateTime IngestedAt, int Length,
        int Articles, int Sections, int Paragraphs, int Statistics)
    {
        public DocumentCounts Counts() => new(Articles, Sections, Paragraphs, Statistics);
    }

    private sealed record DocumentDetailRow(long Id, string? Source, string? SourceUrl, DateOnly? PublishedOn, DateTime IngestedAt, string ExtractorVersion,
        byte[] ContentHash, int Length, string Report, string Furniture, int Articles, int Sections, int Paragraphs, int Statistics)
    {
        public DocumentCounts Counts() => new(Articles, Sections, Paragraphs, Statistics);
    }
}
