using ContentApi.Data;
using ContentApi.Paging;
using ContentApi.Places;
using ContentApi.Replicas;
using ContentApi.Statistics;
using Dapper;
using Npgsql;

namespace ContentApi.Articles;

/// <summary>The article queries; all reads, so all on the read data source.</summary>
internal sealed class ArticleStore(ReadConnections reads, TotalCounts totals)
{
    public async Task<(IReadOnlyList<ArticleSummary> Items, long Total, Cursor? Next)> ListAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        var sort = query.SortOrDefault;
        var cursor = Cursor.TryDecode(query.Cursor);
        var size = query.SizeOf();
        // Relevance has no stable key, so its cursor carries an offset; the other sorts continue by keyset.
        var offset = cursor is null ? (query.NumberOf() - 1) * size : cursor.Offset ?? 0;
        var parameters = new
        {
            query.DocumentId,
            query.Source,
            query.PublishedFrom,
            query.PublishedTo,
            query.Category,
            placeCode = query.PlaceCode,
            placeCodeEnd = PlaceFilter.RangeEnd(query.PlaceCode),
            q = query.Q,
            pattern = query.Q is null ? null : LikePattern.Containing(query.Q),
            afterDate = cursor?.Sort is "-publishedOn" or "publishedOn" ? cursor.KeyAsDate() : (DateOnly?)null,
            afterTitle = cursor?.Sort == "title" ? cursor.Key : null,
            afterId = cursor?.Id,
            limit = size + 1,
            offset = cursor is null || sort == "relevance" ? offset : 0,
        };

        await using var connection = await reads.OpenAsync(cancellationToken);
        var total = await totals.CountAsync(
            TotalCounts.KeyOf("articles", query.DocumentId, query.Source, query.PublishedFrom, query.PublishedTo, query.Category, query.Q, query.PlaceCode),
            () => connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken)),
            cancellationToken);

        // A transaction only where its settings are needed: BEGIN and ROLLBACK are two statements more per request.
        await using var transaction = query.Q is not null && sort != "relevance" && await IsCommonAsync(connection, total, cancellationToken)
            ? await connection.BeginTransactionAsync(cancellationToken)
            : null;
        if (transaction is not null)
        {
            // Bodies are too wide for the planner's column statistics, so it takes every substring for rare and reads
            // all matches through the trigram index before sorting them: seconds for a word in most articles. When
            // the count shows the word is common, walking the sort's index and stopping at a page is far cheaper.
            await connection.ExecuteAsync(new CommandDefinition("SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off", transaction: transaction, cancellationToken: cancellationToken));
        }

        var rows = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(ListSql(sort), parameters, transaction, cancellationToken: cancellationToken))).ToList();

        var next = Cursor.TrimToPage(rows, size, last => sort switch
        {
            "relevance" => new Cursor(sort, null, last.Id, offset + size),
            "title" => new Cursor(sort, last.Title ?? "", last.Id),
            _ => Cursor.AfterDate(sort, last.PublishedOn, last.Id),
        });

        return (rows.Select(r => r.ToSummary(query.Q)).ToList(), total, next);
    }

    public async Task<ArticleDetail?> FindAsync(long id, ArticleIncludes include, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        // Only what include asks for: the statistics are most of an article's rows and bytes (22 of 28 KB of the bench
        // archive's article), and include=sections, the peer's columns, read them only to drop them.
        Add(batch, ArticleSql, id);
        if (include.Authors)
        {
            Add(batch, AuthorsSql, id);
        }

        if (include.Sections)
        {
            Add(batch, SectionRowsSql, id);
            Add(batch, ParagraphRowsSql, id);
        }

        if (include.Statistics)
        {
            Add(batch, StatisticRowsSql, id);
        }

        // The statements differ only in the id: prepared on each pooled connection once, PostgreSQL plans them once
        // instead of at every request, where planning cost more than running them.
        await batch.PrepareAsync(cancellationToken);
        await using var results = await batch.ExecuteReaderAsync(cancellationToken);
        var article = results.Parse<ArticleDetailRow>().SingleOrDefault();
        if (article is null)
        {
            return null;
        }

        var authors = include.Authors ? await NextAsync<AuthorDto>(results, cancellationToken) : null;
        IReadOnlyList<SectionDto>? sections = null;
        if (include.Sections)
        {
            var sectionRows = await NextAsync<SectionRow>(results, cancellationToken);
            var paragraphs = (await NextAsync<ParagraphRow>(results, cancellationToken)).ToLookup(p => p.SectionId, p => p.ToDto());
            sections = sectionRows.Select(s => new SectionDto(s.Id, id, s.Position, s.Heading, paragraphs[s.Id].ToList())).ToList();
        }

        var statistics = include.Statistics ? (await NextAsync<StatisticRow>(results, cancellationToken)).Select(s => s.ToDto()).ToList() : null;
        return new ArticleDetail(article.Id, article.DocumentId, article.Position, article.Title, article.Subtitle, article.PublishedOn, article.Source,
            article.StartOffset, article.EndOffset, authors, sections, statistics);
    }

    private static void Add(NpgsqlBatch batch, string sql, long id) =>
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql) { Parameters = { new NpgsqlParameter<long> { TypedValue = id } } });

    public async Task<IReadOnlyList<SectionDto>?> SectionsOfAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SectionsSql, new { id = articleId }, cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>())
        {
            return null;
        }

        var sections = (await results.ReadAsync<SectionRow>()).ToList();
        var paragraphs = (await results.ReadAsync<ParagraphRow>()).ToLookup(p => p.SectionId, p => p.ToDto());
        return sections.Select(s => new SectionDto(s.Id, articleId, s.Position, s.Heading, paragraphs[s.Id].ToList())).ToList();
    }

    public async Task<SectionDto?> FindSectionAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SectionSql, new { id }, cancellationToken: cancellationToken));
        var section = await results.ReadSingleOrDefaultAsync<SectionRow>();
        if (section is null)
        {
            return null;
        }

        var paragraphs = (await results.ReadAsync<ParagraphRow>()).Select(p => p.ToDto()).ToList();
        var statistics = (await results.ReadAsync<StatisticRow>()).Select(s => s.ToDto()).ToList();
        return new SectionDto(section.Id, section.ArticleId, section.Position, section.Heading, paragraphs) { Statistics = statistics };
    }

    private static async Task<List<T>> NextAsync<T>(NpgsqlDataReader results, CancellationToken cancellationToken)
    {
        await results.NextResultAsync(cancellationToken);
        return results.Parse<T>().ToList();
    }

    // A word in one article of a hundred or more: a page of 21 is then found within a few thousand rows of the index.
    private async Task<bool> IsCommonAsync(NpgsqlConnection connection, long matches, CancellationToken cancellationToken) =>
        matches * CommonWhenOneIn >= await totals.CountAsync(
            TotalCounts.KeyOf("articles"),
            () => connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM articles", cancellationToken: cancellationToken)),
            cancellationToken);

    private const int CommonWhenOneIn = 100;

    // Shared by the list and its count. Each optional filter is `(@x IS NULL OR …)`: Npgsql sends the values with
    // the statement, so PostgreSQL plans with them and drops the filters not given. q uses the trigram indexes
    // articles_title_trgm / articles_body_trgm; category uses the statistics' unique (article_id, position) index;
    // place reads the articles of the area's statistics from statistics_place (a range of codes).
    private const string Filters = """
        WHERE (@DocumentId::bigint IS NULL OR a.document_id = @DocumentId)
          AND (@Source::text IS NULL OR a.source = @Source)
          AND (@PublishedFrom::date IS NULL OR a.published_on >= @PublishedFrom)
          AND (@PublishedTo::date IS NULL OR a.published_on <= @PublishedTo)
          AND (@Category::text IS NULL OR EXISTS (SELECT 1 FROM statistics st WHERE st.article_id = a.id AND st.category = @Category AND st.status = 'accepted'))
          AND (@pattern::text IS NULL OR a.title LIKE @pattern OR a.body LIKE @pattern)
          AND (@placeCode::text IS NULL OR a.id IN (
                SELECT st.article_id FROM statistics st
                WHERE st.place_code >= @placeCode AND st.place_code < @placeCodeEnd AND st.status = 'accepted'))
        """;

    private const string CountSql = "SELECT count(*) FROM articles a\n" + Filters;

    private const string ListColumns = """
        SELECT a.id, a.document_id AS documentid, a.position, a.title, a.subtitle, a.published_on AS publishedon, a.source,
               (SELECT count(*)::int FROM statistics st WHERE st.article_id = a.id AND st.status = 'accepted') AS statisticcount,
               CASE WHEN @q::text IS NULL THEN NULL
                    ELSE substr(a.body, greatest(strpos(a.body, @q) - 40, 1), 80 + char_length(@q)) END AS excerpt
        FROM articles a
        """;

    // The keyset conditions and orders match the indexes articles_published_on and articles_title exactly.
    private static string ListSql(string sort) => sort switch
    {
        "publishedOn" => ListColumns + "\n" + Filters + "\n" + """
            AND (@afterId::bigint IS NULL OR (coalesce(a.published_on, DATE '0001-01-01'), a.id) > (@afterDate, @afterId))
            ORDER BY coalesce(a.published_on, DATE '0001-01-01'), a.id
            LIMIT @limit OFFSET @offset
            """,
        "title" => ListColumns + "\n" + Filters + "\n" + """
            AND (@afterId::bigint IS NULL OR (coalesce(a.title, ''), a.id) > (@afterTitle, @afterId))
            ORDER BY coalesce(a.title, ''), a.id
            LIMIT @limit OFFSET @offset
            """,
        // A title match outranks any number of body matches; among equals, more occurrences in the body rank higher.
        "relevance" => ListColumns + "\n" + Filters + "\n" + """
            ORDER BY (strpos(a.title, @q) > 0) DESC,
                     (char_length(a.body) - char_length(replace(a.body, @q, ''))) / greatest(char_length(@q), 1) DESC,
                     a.id DESC
            LIMIT @limit OFFSET @offset
            """,
        _ => ListColumns + "\n" + Filters + "\n" + """
            AND (@afterId::bigint IS NULL OR (coalesce(a.published_on, DATE '0001-01-01'), a.id) < (@afterDate, @afterId))
            ORDER BY coalesce(a.published_on, DATE '0001-01-01') DESC, a.id DESC
            LIMIT @limit OFFSET @offset
            """,
    };

    private const string ArticleColumns = """
        a.id, a.document_id AS documentid, a.position, a.title, a.subtitle, a.published_on AS publishedon, a.source,
        a.start_offset AS startoffset, a.end_offset AS endoffset
        """;

    private const string ParagraphColumns = """
        p.id, p.section_id AS sectionid, p.position, p.text, p.lead, p.start_offset AS startoffset, p.end_offset AS endoffset
        """;

    private const string ArticleSql = $"SELECT {ArticleColumns} FROM articles a WHERE a.id = $1";
    private const string AuthorsSql = "SELECT name, role FROM authors WHERE article_id = $1 ORDER BY position";
    private const string SectionRowsSql = "SELECT id, article_id AS articleid, position, heading FROM sections WHERE article_id = $1 ORDER BY position";
    private const string ParagraphRowsSql = $"SELECT {ParagraphColumns} FROM paragraphs p JOIN sections sec ON sec.id = p.section_id WHERE sec.article_id = $1 ORDER BY sec.position, p.position";
    private const string StatisticRowsSql = $"SELECT {StatisticRow.Columns} FROM statistics s JOIN articles a ON a.id = s.article_id LEFT JOIN sections sec ON sec.id = s.section_id WHERE s.article_id = $1 AND s.status = 'accepted' ORDER BY s.position";

    private const string SectionsSql = $"""
        SELECT EXISTS (SELECT 1 FROM articles WHERE id = @id);
        SELECT id, article_id AS articleid, position, heading FROM sections WHERE article_id = @id ORDER BY position;
        SELECT {ParagraphColumns} FROM paragraphs p JOIN sections sec ON sec.id = p.section_id
        WHERE sec.article_id = @id ORDER BY sec.position, p.position;
        """;

    private const string SectionSql = $"""
        SELECT id, article_id AS articleid, position, heading FROM sections WHERE id = @id;
        SELECT {ParagraphColumns} FROM paragraphs p WHERE p.section_id = @id ORDER BY p.position;
        SELECT {StatisticRow.Columns} FROM statistics s JOIN articles a ON a.id = s.article_id JOIN sections sec ON sec.id = s.section_id AND sec.article_id = s.article_id
        WHERE sec.id = @id AND s.status = 'accepted' ORDER BY s.position;
        """;

    private sealed record ArticleRow(long Id, long DocumentId, int Position, string? Title, string? Subtitle, DateOnly? PublishedOn, string? Source, int StatisticCount, string? Excerpt)
    {
        public ArticleSummary ToSummary(string? q) =>
            new(Id, DocumentId, Position, Title, Subtitle, PublishedOn, Source, StatisticCount) { Snippet = Snippets.Highlight(Excerpt, q) };
    }

    private sealed record ArticleDetailRow(long Id, long DocumentId, int Position, string? Title, string? Subtitle, DateOnly? PublishedOn, string? Source, int StartOffset, int EndOffset);

    private sealed record SectionRow(long Id, long ArticleId, int Position, string? Heading);

    private sealed record ParagraphRow(long Id, long SectionId, int Position, string Text, string? Lead, int StartOffset, int EndOffset)
    {
        public ParagraphDto ToDto() => new(Id, Position, Text, Lead, StartOffset, EndOffset);
    }
}
