using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentApi.Text;
using ContentApi.Text.Parsing;
using ContentApi.Text.Serialization;
using ContentApi.Text.Statistics;
using Dapper;
using Npgsql;

namespace ContentApi.Data.Documents;

/// <summary>What the sender says about a page; none of it is required.</summary>
/// <summary>What ingest knows of a page beside its text; <paramref name="Place"/> is a division's code or name, used when the text names none.</summary>
public sealed record DocumentMetadata(string? Source, string? SourceUrl, DateOnly? PublishedOn, string? Place = null)
{
    /// <summary>The facts the extractor reads the page against.</summary>
    public DocumentFacts Facts => new(PublishedOn, Place);
}

/// <summary>The bytes a page arrived as when it was not plain text (HTML, PDF), kept beside the text read out of them.</summary>
public sealed record PageOriginal(string MediaType, byte[] Content);

/// <summary>
/// The outcome of an ingest: the document's id, whether this call created it (false: the same text was already
/// stored), and the primary's WAL position after the commit, which a reader can ask a standby to have replayed.
/// </summary>
public sealed record IngestResult(long DocumentId, bool Created, string DataVersion);

/// <summary>
/// Stores a parsed page (document, articles, authors, sections, paragraphs, statistics) in one transaction on the
/// primary: all of it or nothing. Child rows go in with one statement per table over unnest()ed arrays.
/// </summary>
public sealed class DocumentWriter(NpgsqlDataSource primary)
{
    public static byte[] ContentHash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>What an article's <c>title</c> column holds: the parser titles a page with no recognisable title "", stored as none.</summary>
    public static string? StoredTitle(ParsedArticle article) => NoneIfEmpty(article.Title);

    /// <summary>What an optional text column (subtitle, heading, lead) holds: the schema forbids "", so absent is NULL.</summary>
    public static string? NoneIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>What an article's <c>body</c> column holds: its paragraphs joined by newlines.</summary>
    public static string Body(ParsedArticle article) =>
        string.Join('\n', article.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));

    public async Task<IngestResult> IngestAsync(string text, ParsedPage page, DocumentMetadata metadata, CancellationToken cancellationToken = default) =>
        await IngestAsync(text, page, metadata, original: null, cancellationToken);

    public async Task<IngestResult> IngestAsync(string text, ParsedPage page, DocumentMetadata metadata, PageOriginal? original, CancellationToken cancellationToken = default)
    {
        var hash = ContentHash(text);
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // A concurrent ingest of the same text waits on the unique hash here and then finds the winner's row.
        var documentId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(InsertDocument, new
        {
            text,
            hash,
            metadata.Source,
            metadata.SourceUrl,
            metadata.PublishedOn,
            version = PageExtractor.Version,
            report = JsonSerializer.Serialize(page.Report, PageJsonContext.Compact.IReadOnlyListReportEntry),
            furniture = JsonSerializer.Serialize(page.Furniture, PageJsonContext.Compact.IReadOnlyListFurnitureLine),
            placeCode = page.Place?.Code,
            placeName = page.Place?.Name,
            placeLevel = page.Place?.Level,
            placePath = page.Place?.Path.ToArray(),
        }, transaction, cancellationToken: cancellationToken));

        if (documentId is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            var existing = await connection.ExecuteScalarAsync<long>(new CommandDefinition(FindByHash, new { hash }, cancellationToken: cancellationToken));
            return new IngestResult(existing, Created: false, await CurrentWalPositionAsync(connection, cancellationToken));
        }

        if (original is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertOriginal, new { documentId, original.MediaType, original.Content }, transaction, cancellationToken: cancellationToken));
        }

        await new PageRows(documentId.Value, page, metadata).InsertAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IngestResult(documentId.Value, Created: true, await CurrentWalPositionAsync(connection, cancellationToken));
    }

    /// <summary>Deletes a document and, by cascade, everything derived from it. False when there was none.</summary>
    public async Task<(bool Deleted, string DataVersion)> DeleteAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE id = @documentId", new { documentId }, cancellationToken: cancellationToken));
        return (deleted > 0, await CurrentWalPositionAsync(connection, cancellationToken));
    }

    private static Task<string> CurrentWalPositionAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT pg_current_wal_lsn()::text", cancellationToken: cancellationToken))!;

    private const string InsertDocument = """
        INSERT INTO documents (raw_text, content_hash, source, source_url, published_on, extractor_version, report, furniture,
                               place_code, place_name, place_level, place_path)
        VALUES (@text, @hash, @Source, @SourceUrl, @PublishedOn, @version, @report::jsonb, @furniture::jsonb,
                @placeCode, @placeName, @placeLevel, @placePath)
        ON CONFLICT (content_hash) DO NOTHING
        RETURNING id
        """;

    private const string InsertOriginal = "INSERT INTO document_originals (document_id, media_type, content) VALUES (@documentId, @MediaType, @Content)";

    private const string FindByHash = "SELECT id FROM documents WHERE content_hash = @hash";

    /// <summary>The child rows of one page, flattened into column arrays in the order the statements need them.</summary>
    private sealed class PageRows(long documentId, ParsedPage page, DocumentMetadata metadata)
    {
        public async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        {
            var articles = page.Articles;
            if (articles.Count == 0)
            {
                return;
            }

            var articleRows = await connection.QueryAsync<(long Id, int Position)>(new CommandDefinition(InsertArticles, new
            {
                documentId,
                metadata.PublishedOn,
                metadata.Source,
                positions = Enumerable.Range(0, articles.Count).ToArray(),
                titles = articles.Select(StoredTitle).ToArray(),
                subtitles = articles.Select(a => NoneIfEmpty(a.Subtitle)).ToArray(),
                bodies = articles.Select(Body).ToArray(),
                starts = articles.Select(a => a.Start).ToArray(),
                ends = articles.Select(a => a.End).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
            var articleIds = new long[articles.Count];
            foreach (var row in articleRows)
            {
                articleIds[row.Position] = row.Id;
            }

            var authors = articles.SelectMany((a, i) => a.Authors.Select((author, position) => (Article: articleIds[i], Position: position, author))).ToArray();
            if (authors.Length > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertAuthors, new
                {
                    articleIds = authors.Select(x => x.Article).ToArray(),
                    positions = authors.Select(x => x.Position).ToArray(),
                    names = authors.Select(x => x.author.Name).ToArray(),
                    roles = authors.Select(x => x.author.Role).ToArray(),
                }, transaction, cancellationToken: cancellationToken));
            }

            var sections = articles.SelectMany((a, i) => a.Sections.Select((section, position) => (Article: articleIds[i], ArticleIndex: i, Position: position, section))).ToArray();
            if (sections.Length == 0)
            {
                return;
            }

            var sectionIds = Align(sections.Select(x => (x.Article, x.Position)), await connection.QueryAsync<(long Id, long Parent, int Position)>(new CommandDefinition(InsertSections, new
            {
                articleIds = sections.Select(x => x.Article).ToArray(),
                positions = sections.Select(x => x.Position).ToArray(),
                headings = sections.Select(x => NoneIfEmpty(x.section.Heading)).ToArray(),
            }, transaction, cancellationToken: cancellationToken)));

            var paragraphs = sections.SelectMany((s, i) => s.section.Paragraphs.Select((paragraph, position) => (Section: sectionIds[i], Position: position, paragraph))).ToArray();
            var paragraphIds = paragraphs.Length == 0 ? [] : Align(paragraphs.Select(x => (x.Section, x.Position)), await connection.QueryAsync<(long Id, long Parent, int Position)>(new CommandDefinition(InsertParagraphs, new
            {
                sectionIds = paragraphs.Select(x => x.Section).ToArray(),
                positions = paragraphs.Select(x => x.Position).ToArray(),
                texts = paragraphs.Select(x => x.paragraph.Text).ToArray(),
                leads = paragraphs.Select(x => NoneIfEmpty(x.paragraph.Lead)).ToArray(),
                starts = paragraphs.Select(x => x.paragraph.Start).ToArray(),
                ends = paragraphs.Select(x => x.paragraph.End).ToArray(),
            }, transaction, cancellationToken: cancellationToken)));

            await InsertStatisticsAsync(connection, transaction, articleIds, sectionIds, paragraphIds, cancellationToken);
        }

        private async Task InsertStatisticsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] articleIds, long[] sectionIds, long[] paragraphIds, CancellationToken cancellationToken)
        {
            // Statistics name their section and paragraph by position within the article; turn those into row ids.
            var sectionIdAt = new Dictionary<(int Article, int Section), long>();
            var paragraphIdAt = new Dictionary<(int Article, int Section, int Paragraph), long>();
            int sectionRow = 0, paragraphRow = 0;
            for (var a = 0; a < page.Articles.Count; a++)
            {
                var articleSections = page.Articles[a].Sections;
                for (var s = 0; s < articleSections.Count; s++, sectionRow++)
                {
                    sectionIdAt[(a, s)] = sectionIds[sectionRow];
                    for (var p = 0; p < articleSections[s].Paragraphs.Count; p++, paragraphRow++)
                    {
                        paragraphIdAt[(a, s, p)] = paragraphIds[paragraphRow];
                    }
                }
            }

            var rows = page.Articles.SelectMany((article, a) => article.Statistics.Select((statistic, position) => (Article: a, Position: position, statistic))).ToArray();
            if (rows.Length == 0)
            {
                return;
            }

            var parameters = new DynamicParameters(new
            {
                documentId,
                metadata.PublishedOn,
                version = PageExtractor.Version,
                articleIds = rows.Select(r => articleIds[r.Article]).ToArray(),
                // A figure in a title has no section, one in a heading no paragraph.
                sectionIds = rows.Select(r => r.statistic.Section is { } s ? sectionIdAt[(r.Article, s)] : (long?)null).ToArray(),
                paragraphIds = rows.Select(r => r.statistic is { Section: { } s, Paragraph: { } p } ? paragraphIdAt[(r.Article, s, p)] : (long?)null).ToArray(),
                positions = rows.Select(r => r.Position).ToArray(),
                metrics = rows.Select(r => r.statistic.Metric).ToArray(),
                categories = rows.Select(r => r.statistic.Category).ToArray(),
                values = rows.Select(r => r.statistic.Value).ToArray(),
                valueMaxes = rows.Select(r => r.statistic.ValueMax).ToArray(),
                units = rows.Select(r => r.statistic.Unit).ToArray(),
                qualifiers = rows.Select(r => r.statistic.Qualifier).ToArray(),
                texts = rows.Select(r => r.statistic.Text).ToArray(),
                sentences = rows.Select(r => r.statistic.Sentence).ToArray(),
                starts = rows.Select(r => r.statistic.Start).ToArray(),
                ends = rows.Select(r => r.statistic.End).ToArray(),
            });
            WhereAndWhenArrays.AddTo(parameters, rows.Select(r => (Statistic?)r.statistic).ToList());
            await connection.ExecuteAsync(new CommandDefinition(InsertStatistics, parameters, transaction, cancellationToken: cancellationToken));
        }

        // Puts the ids RETURNING gave back into the order of the rows sent, matched on (parent id, position).
        private static long[] Align(IEnumerable<(long Parent, int Position)> sent, IEnumerable<(long Id, long Parent, int Position)> returned)
        {
            var ids = returned.ToDictionary(r => (r.Parent, r.Position), r => r.Id);
            return sent.Select(key => ids[key]).ToArray();
        }

        private const string InsertArticles = """
            INSERT INTO articles (document_id, position, title, subtitle, published_on, source, body, start_offset, end_offset)
            SELECT @documentId, p, t, st, @PublishedOn, @Source, b, s, e
            FROM unnest(@positions, @titles, @subtitles, @bodies, @starts, @ends) AS u(p, t, st, b, s, e)
            RETURNING id, position
            """;

        private const string InsertAuthors = """
            INSERT INTO authors (article_id, position, name, role)
            SELECT * FROM unnest(@articleIds, @positions, @names, @roles)
            """;

        private const string InsertSections = """
            INSERT INTO sections (article_id, position, heading)
            SELECT * FROM unnest(@articleIds, @positions, @headings)
            RETURNING id, article_id, position
            """;

        private const string InsertParagraphs = """
            INSERT INTO paragraphs (section_id, position, text, lead, start_offset, end_offset)
            SELECT * FROM unnest(@sectionIds, @positions, @texts, @leads, @starts, @ends)
            RETURNING id, section_id, position
            """;

        private const string InsertStatistics = """
            INSERT INTO statistics (document_id, article_id, section_id, paragraph_id, position, metric, category, value, value_max,
                                    unit, qualifier, source_text, sentence, start_offset, end_offset, extractor_version, published_on,
                                    place_code, place_name, place_level, place_path, period_year, period_from, period_to,
                                    period_label, period_is_target, metric_key)
            SELECT @documentId, a, s, pa, po, m, c, v, vm, un, q, t, se, so, eo, @version, @PublishedOn,
                   pc, pn, pl, string_to_array(pp, '/'), py, pf, pt, plb, ptg, mk
            FROM unnest(@articleIds, @sectionIds, @paragraphIds, @positions, @metrics, @categories, @values, @valueMaxes,
                        @units, @qualifiers, @texts, @sentences, @starts, @ends, @placeCodes::text[], @placeNames::text[],
                        @placeLevels::text[], @placePaths::text[], @periodYears::integer[], @periodFroms::date[], @periodTos::date[],
                        @periodLabels::text[], @periodTargets, @metricKeys)
                 AS u(a, s, pa, po, m, c, v, vm, un, q, t, se, so, eo, pc, pn, pl, pp, py, pf, pt, plb, ptg, mk)
            """;
    }
}
