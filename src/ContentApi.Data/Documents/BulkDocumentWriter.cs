using System.Text.Json;
using ContentApi.Text;
using ContentApi.Text.Parsing;
using ContentApi.Text.Serialization;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Data.Documents;

/// <summary>A parsed page ready to store: the raw text, what the parser made of it, what its sender said, and the bytes it came as when not text.</summary>
public sealed record PageToStore(string Text, ParsedPage Page, DocumentMetadata Metadata, PageOriginal? Original = null);

/// <summary>
/// Stores many parsed pages in one transaction with binary COPY: the same rows as <see cref="DocumentWriter"/>, for
/// loading an archive. Row ids are reserved from the tables' identity sequences first (COPY writes given values into
/// identity columns), so that children can name their parents without a round trip per table. Pages already stored,
/// and repeats within the batch, are skipped; a page stored concurrently by another writer fails the whole batch.
/// </summary>
public sealed class BulkDocumentWriter(NpgsqlDataSource primary)
{
    /// <summary>Stores the pages not yet stored, all or none; returns how many were stored.</summary>
    public async Task<int> IngestAsync(IReadOnlyList<PageToStore> pages, CancellationToken cancellationToken = default)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var fresh = await NewPagesAsync(connection, pages, cancellationToken);
        if (fresh.Count == 0)
        {
            return 0;
        }

        // The trigram indexes (article bodies above all) cost most of a load. Under this limit new entries only
        // join each GIN index's pending list, which the VACUUM after the load merges in one sorted pass instead of
        // every few batches; a later ordinary ingest merges them too.
        await connection.ExecuteAsync(new CommandDefinition("SET LOCAL gin_pending_list_limit = '512MB'", transaction: transaction, cancellationToken: cancellationToken));
        var rows = await BatchRows.ReserveAsync(connection, fresh, cancellationToken);
        await rows.CopyAsync(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh.Count;
    }

    private static async Task<List<(PageToStore Page, byte[] Hash)>> NewPagesAsync(NpgsqlConnection connection, IReadOnlyList<PageToStore> pages, CancellationToken cancellationToken)
    {
        var hashed = pages.Select(p => (Page: p, Hash: DocumentWriter.ContentHash(p.Text))).ToList();
        var stored = (await connection.QueryAsync<byte[]>(new CommandDefinition(
                "SELECT content_hash FROM documents WHERE content_hash = ANY(@hashes)", new { hashes = hashed.Select(h => h.Hash).ToArray() }, cancellationToken: cancellationToken)))
            .Select(Convert.ToHexString)
            .ToHashSet();
        return hashed.Where(h => stored.Add(Convert.ToHexString(h.Hash))).ToList();
    }

    /// <summary>Hands out ids reserved from one table's identity sequence, in the order the rows are written.</summary>
    private sealed class ReservedIds(long[] ids)
    {
        private int _next;

        public static async Task<ReservedIds> ReserveAsync(NpgsqlConnection connection, string table, int count, CancellationToken cancellationToken) =>
            new((await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT nextval(pg_get_serial_sequence(@table, 'id')) FROM generate_series(1, @count)", new { table, count }, cancellationToken: cancellationToken))).ToArray());

        public long Next() => ids[_next++];
    }

    /// <summary>The rows of a batch, table by table, each with its id and its parents' ids already set.</summary>
    private sealed class BatchRows
    {
        private readonly List<(long Id, PageToStore Page, byte[] Hash)> _documents = [];
        private readonly List<(long Id, long DocumentId, int Position, ParsedArticle Article, DocumentMetadata Metadata)> _articles = [];
        private readonly List<(long Id, long ArticleId, int Position, Author Author)> _authors = [];
        private readonly List<(long Id, long ArticleId, int Position, string? Heading)> _sections = [];
        private readonly List<(long Id, long SectionId, int Position, ParsedParagraph Paragraph)> _paragraphs = [];
        private readonly List<(long Id, long DocumentId, long ArticleId, long? SectionId, long? ParagraphId, int Position, Text.Statistics.Statistic Statistic, DateOnly? PublishedOn)> _statistics = [];

        public static async Task<BatchRows> ReserveAsync(NpgsqlConnection connection, List<(PageToStore Page, byte[] Hash)> pages, CancellationToken cancellationToken)
        {
            var articles = pages.SelectMany(p => p.Page.Page.Articles).ToList();
            var sections = articles.SelectMany(a => a.Sections).ToList();
            var documentIds = await ReservedIds.ReserveAsync(connection, "documents", pages.Count, cancellationToken);
            var articleIds = await ReservedIds.ReserveAsync(connection, "articles", articles.Count, cancellationToken);
            var authorIds = await ReservedIds.ReserveAsync(connection, "authors", articles.Sum(a => a.Authors.Count), cancellationToken);
            var sectionIds = await ReservedIds.ReserveAsync(connection, "sections", sections.Count, cancellationToken);
            var paragraphIds = await ReservedIds.ReserveAsync(connection, "paragraphs", sections.Sum(s => s.Paragraphs.Count), cancellationToken);
            var statisticIds = await ReservedIds.ReserveAsync(connection, "statistics", articles.Sum(a => a.Statistics.Count), cancellationToken);

            var rows = new BatchRows();
            foreach (var (page, hash) in pages)
            {
                var documentId = documentIds.Next();
                rows._documents.Add((documentId, page, hash));
                var parsed = page.Page.Articles;
                for (var a = 0; a < parsed.Count; a++)
                {
                    var article = parsed[a];
                    var articleId = articleIds.Next();
                    rows._articles.Add((articleId, documentId, a, article, page.Metadata));
                    for (var i = 0; i < article.Authors.Count; i++)
                    {
                        rows._authors.Add((authorIds.Next(), articleId, i, article.Authors[i]));
                    }

                    // Statistics name their section and paragraph by position within the article.
                    var idsOfSections = new long[article.Sections.Count];
                    var idsOfParagraphs = new long[article.Sections.Count][];
                    for (var s = 0; s < article.Sections.Count; s++)
                    {
                        idsOfSections[s] = sectionIds.Next();
                        rows._sections.Add((idsOfSections[s], articleId, s, article.Sections[s].Heading));
                        var paragraphs = article.Sections[s].Paragraphs;
                        idsOfParagraphs[s] = new long[paragraphs.Count];
                        for (var p = 0; p < paragraphs.Count; p++)
                        {
                            idsOfParagraphs[s][p] = paragraphIds.Next();
                            rows._paragraphs.Add((idsOfParagraphs[s][p], idsOfSections[s], p, paragraphs[p]));
                        }
                    }

                    for (var i = 0; i < article.Statistics.Count; i++)
                    {
                        // A figure in a title has no section, one in a heading no paragraph.
                        var statistic = article.Statistics[i];
                        var sectionId = statistic.Section is { } s ? idsOfSections[s] : (long?)null;
                        var paragraphId = statistic is { Section: { } inSection, Paragraph: { } p } ? idsOfParagraphs[inSection][p] : (long?)null;
                        rows._statistics.Add((statisticIds.Next(), documentId, articleId, sectionId, paragraphId, i, statistic, page.Metadata.PublishedOn));
                    }
                }
            }

            return rows;
        }

        // Parents before children, for the foreign keys.
        public async Task CopyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
        {
            await CopyAsync(connection, "documents (id, raw_text, content_hash, source, source_url, published_on, extractor_version, report, furniture, place_code, place_name, place_level, place_path)", _documents, async (copy, row) =>
            {
                await copy.WriteAsync(row.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.Page.Text, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Hash, NpgsqlDbType.Bytea, cancellationToken);
                await copy.WriteAsync(row.Page.Metadata.Source, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Page.Metadata.SourceUrl, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Page.Metadata.PublishedOn, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(PageExtractor.Version, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(JsonSerializer.Serialize(row.Page.Page.Report, PageJsonContext.Compact.IReadOnlyListReportEntry), NpgsqlDbType.Jsonb, cancellationToken);
                await copy.WriteAsync(JsonSerializer.Serialize(row.Page.Page.Furniture, PageJsonContext.Compact.IReadOnlyListFurnitureLine), NpgsqlDbType.Jsonb, cancellationToken);
                await WritePlaceAsync(copy, row.Page.Page.Place, cancellationToken);
            }, cancellationToken);

            await CopyAsync(connection, "document_originals (document_id, media_type, content)", _documents.Where(d => d.Page.Original is not null).ToList(), async (copy, row) =>
            {
                await copy.WriteAsync(row.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.Page.Original!.MediaType, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Page.Original.Content, NpgsqlDbType.Bytea, cancellationToken);
            }, cancellationToken);

            await CopyAsync(connection, "articles (id, document_id, position, title, subtitle, published_on, source, body, start_offset, end_offset)", _articles, async (copy, row) =>
            {
                await WriteKeyAsync(copy, row.Id, row.DocumentId, row.Position, cancellationToken);
                await copy.WriteAsync(DocumentWriter.StoredTitle(row.Article), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(DocumentWriter.NoneIfEmpty(row.Article.Subtitle), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Metadata.PublishedOn, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(row.Metadata.Source, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(DocumentWriter.Body(row.Article), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Article.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.Article.End, NpgsqlDbType.Integer, cancellationToken);
            }, cancellationToken);

            await CopyAsync(connection, "authors (id, article_id, position, name, role)", _authors, async (copy, row) =>
            {
                await WriteKeyAsync(copy, row.Id, row.ArticleId, row.Position, cancellationToken);
                await copy.WriteAsync(row.Author.Name, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Author.Role, NpgsqlDbType.Text, cancellationToken);
            }, cancellationToken);

            await CopyAsync(connection, "sections (id, article_id, position, heading)", _sections, async (copy, row) =>
            {
                await WriteKeyAsync(copy, row.Id, row.ArticleId, row.Position, cancellationToken);
                await copy.WriteAsync(DocumentWriter.NoneIfEmpty(row.Heading), NpgsqlDbType.Text, cancellationToken);
            }, cancellationToken);

            await CopyAsync(connection, "paragraphs (id, section_id, position, text, lead, start_offset, end_offset)", _paragraphs, async (copy, row) =>
            {
                await WriteKeyAsync(copy, row.Id, row.SectionId, row.Position, cancellationToken);
                await copy.WriteAsync(row.Paragraph.Text, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(DocumentWriter.NoneIfEmpty(row.Paragraph.Lead), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Paragraph.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.Paragraph.End, NpgsqlDbType.Integer, cancellationToken);
            }, cancellationToken);

            await CopyAsync(connection, """
                statistics (id, document_id, article_id, section_id, paragraph_id, position, metric, category, value, value_max,
                            unit, qualifier, source_text, sentence, start_offset, end_offset, extractor_version, published_on,
                            place_code, place_name, place_level, place_path, period_year, period_from, period_to, period_label,
                            period_is_target, metric_key)
                """, _statistics, async (copy, row) =>
            {
                await copy.WriteAsync(row.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.DocumentId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.ArticleId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.SectionId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.ParagraphId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.Position, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.Statistic.Metric, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Statistic.Category, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Statistic.Value, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(row.Statistic.ValueMax, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(row.Statistic.Unit, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Statistic.Qualifier, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Statistic.Text, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Statistic.Sentence, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Statistic.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.Statistic.End, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(PageExtractor.Version, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.PublishedOn, NpgsqlDbType.Date, cancellationToken);
                await WritePlaceAsync(copy, row.Statistic.Place, cancellationToken);
                var period = row.Statistic.Period;
                await copy.WriteAsync(period?.Year, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(period?.From, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(period?.To, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(period?.Label, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(period?.IsTarget ?? false, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(WhereAndWhenArrays.StoredMetricKey(row.Statistic), NpgsqlDbType.Text, cancellationToken);
            }, cancellationToken);
        }

        // place_code, place_name, place_level, place_path: of a document or a statistic alike.
        private static async Task WritePlaceAsync(NpgsqlBinaryImporter copy, Text.Places.Place? place, CancellationToken cancellationToken)
        {
            await copy.WriteAsync(place?.Code, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(place?.Name, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(place?.Level, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(place?.Path.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        }

        // A child row begins with its id, its parent's id and its position under that parent.
        private static async Task WriteKeyAsync(NpgsqlBinaryImporter copy, long id, long parentId, int position, CancellationToken cancellationToken)
        {
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(parentId, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
        }

        private static async Task CopyAsync<TRow>(NpgsqlConnection connection, string target, List<TRow> rows, Func<NpgsqlBinaryImporter, TRow, Task> writeRow, CancellationToken cancellationToken)
        {
            if (rows.Count == 0)
            {
                return;
            }

            await using var copy = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                await writeRow(copy, row);
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }
}
