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
        var filters = ArticleConditions.Of(query);
        var filterKey = TotalCounts.KeyOf("articles", query.DocumentId, query.Source, query.PublishedFrom, query.PublishedTo, query.Category, query.Q, query.PlaceCode);
        // The count is made before the page's statement adds its cursor's condition to the filters.
        var count = "SELECT count(*) FROM articles a\n" + filters.Where;

        var counts = await totals.CurrentAsync(cancellationToken);
        await using var connection = await reads.OpenAsync(cancellationToken);
        var total = await counts.CountAsync(
            filterKey, () => connection.ExecuteScalarAsync<long>(new CommandDefinition(count, filters.Parameters, cancellationToken: cancellationToken)), cancellationToken);

        // Bodies are too wide for the planner's column statistics, so it takes every substring for rare and reads all
        // matches through the trigram index before sorting them: seconds for a word in most articles. When the count
        // shows the word is common, walking the sort's index and stopping at a page is far cheaper; a match no index
        // serves leaves the planner only that walk, in the page's one statement.
        var match = query.Q is not null && sort != "relevance" && await IsCommonAsync(connection, counts, total, cancellationToken) ? TextMatch.Scan : TextMatch.Index;
        var pageFilters = match == TextMatch.Scan ? ArticleConditions.Of(query, match) : filters;

        // A page by number in a keyset sort starts from the nearest position an earlier page of this list left
        // (PageAnchors), as the statistics' do; relevance has no key to start from.
        var listKey = $"{filterKey}\u001f{sort}";
        var anchors = counts.Anchors;
        var skip = cursor is null || sort == "relevance" ? offset : 0;
        var anchor = cursor is null && offset > 0 && sort != "relevance" ? anchors.Nearest(listKey, offset) : null;
        var list = ListSql(query.Q, match, pageFilters, sort, anchor?.Start ?? cursor, size, skip - (anchor?.Position ?? 0));

        var rows = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(list, pageFilters.Parameters, cancellationToken: cancellationToken))).ToList();

        var next = Cursor.TrimToPage(rows, size, last => sort == "relevance" ? new Cursor(sort, null, last.Id, offset + size) : CursorAt(sort, last, last.Id));
        if (cursor is null && rows.Count > 0 && sort != "relevance")
        {
            anchors.RememberPage(listKey, offset, size, CursorAt(sort, rows[0], PageAnchors.IdBefore(sort, rows[0].Id)), next);
        }

        return (rows.Select(r => r.ToSummary(query.Q)).ToList(), total, next);
    }

    /// <summary>The cursor after an article's key in a keyset sort, with the given id.</summary>
    private static Cursor CursorAt(string sort, ArticleRow row, long id) =>
        sort == "title" ? new Cursor(sort, row.Title ?? "", id) : Cursor.AfterDate(sort, row.PublishedOn, id);

    public async Task<ArticleDetail?> FindAsync(long id, ArticleIncludes include, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        return await ComposeAsync(connection, id, include, cancellationToken);
    }

    /// <summary>The article and what <paramref name="include"/> asks for, read on <paramref name="connection"/>.</summary>
    internal static async Task<ArticleDetail?> ComposeAsync(NpgsqlConnection connection, long id, ArticleIncludes include, CancellationToken cancellationToken)
    {
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
    private static async Task<bool> IsCommonAsync(NpgsqlConnection connection, TotalCounts.OfVersion counts, long matches, CancellationToken cancellationToken) =>
        matches * CommonWhenOneIn >= await counts.CountAsync(
            TotalCounts.KeyOf("articles"),
            () => connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM articles", cancellationToken: cancellationToken)),
            cancellationToken);

    private const int CommonWhenOneIn = 100;

    /// <summary>
    /// The page's statement, its parameters added to <paramref name="filters"/>: the keyset condition of a cursor only
    /// when there is one, the excerpt only with q, and LIMIT and OFFSET, validated integers, written into the text, as
    /// the statistics list does (<see cref="StatisticListSql"/>): a prepared statement's generic plan would otherwise
    /// guess the page's size. The keyset conditions and orders match the indexes articles_published_on and
    /// articles_title exactly.
    /// </summary>
    private static string ListSql(string? q, TextMatch match, ArticleConditions filters, string sort, Cursor? cursor, int size, int offset)
    {
        if (cursor is not null && sort != "relevance")
        {
            filters.Parameters.Add("afterId", cursor.Id);
            switch (sort)
            {
                case "title":
                    filters.And("(coalesce(a.title, ''), a.id) > (@afterTitle, @afterId)", "afterTitle", cursor.Key);
                    break;
                case "publishedOn":
                    filters.And($"({PublishedOn}, a.id) > (CAST(@afterDate AS date), @afterId)", "afterDate", cursor.KeyAsDateText());
                    break;
                default:
                    filters.And($"({PublishedOn}, a.id) < (CAST(@afterDate AS date), @afterId)", "afterDate", cursor.KeyAsDateText());
                    break;
            }
        }

        var excerpt = "NULL::text";
        var scanned = "";
        if (q is not null)
        {
            filters.Parameters.Add("q", q);
            // Matched by index, the excerpt's strpos runs only on the page's rows: for relevance, after the sort.
            var position = match == TextMatch.Scan ? ScannedText.Position : "strpos(a.body, @q)";
            scanned = match == TextMatch.Scan ? ScannedText.Join : "";
            excerpt = $"substr(a.body, greatest({position} - 40, 1), 80 + char_length(@q))";
        }

        var order = sort switch
        {
            "publishedOn" => $"ORDER BY {PublishedOn}, a.id",
            "title" => "ORDER BY coalesce(a.title, ''), a.id",
            // A title match outranks any number of body matches; among equals, more occurrences in the body rank higher.
            "relevance" => """
                ORDER BY (strpos(a.title, @q) > 0) DESC,
                         (char_length(a.body) - char_length(replace(a.body, @q, ''))) / greatest(char_length(@q), 1) DESC,
                         a.id DESC
                """,
            _ => $"ORDER BY {PublishedOn} DESC, a.id DESC",
        };
        var page = SqlConditions.Page(size, offset);
        return $"""
            SELECT a.id, a.document_id AS documentid, a.position, a.title, a.subtitle, a.published_on AS publishedon, a.source,
                   (SELECT count(*)::int FROM statistics st WHERE st.article_id = a.id AND st.status = 'accepted') AS statisticcount,
                   {excerpt} AS excerpt
            FROM articles a {scanned}
            {filters.Where}
            {order}
            {page}
            """;
    }

    private const string PublishedOn = "coalesce(a.published_on, DATE '0001-01-01')";

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
    private const string StatisticRowsSql = $"SELECT {StatisticRow.Columns} FROM statistics s {StatisticRow.Joins} WHERE s.article_id = $1 AND s.status = 'accepted' ORDER BY s.position";

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
