using ContentApi.Paging;
using ContentApi.Replicas;
using ContentApi.Text.Statistics;
using Dapper;
using Npgsql;

namespace ContentApi.Statistics;

/// <summary>The statistics queries; all reads, so all on the read data source.</summary>
internal sealed class StatisticStore(ReadConnections reads, TotalCounts totals, PageAnchors pageAnchors)
{
    /// <summary>A page of statistics as rows of every column (for CSV).</summary>
    public Task<(IReadOnlyList<StatisticRow> Items, long Total, Cursor? Next)> ListRowsAsync(StatisticQuery query, CancellationToken cancellationToken) =>
        ListAsync(query, StatisticListShape.Rows, async (connection, command) => (await connection.QueryAsync<StatisticRow>(command)).AsList(), cancellationToken);

    /// <summary>
    /// A page of statistics as JSON items: each one's stored body where it is current (db/0019_statistic_bodies.sql),
    /// its row composed where not.
    /// </summary>
    public Task<(IReadOnlyList<StatisticItem> Items, long Total, Cursor? Next)> ListItemsAsync(StatisticQuery query, CancellationToken cancellationToken) =>
        ListAsync(query, StatisticListShape.Items, async (connection, command) => await StatisticItem.ReadAllAsync(await connection.ExecuteReaderAsync(command), command.CancellationToken), cancellationToken);

    private async Task<(IReadOnlyList<T> Items, long Total, Cursor? Next)> ListAsync<T>(
        StatisticQuery query, StatisticListShape shape, Func<NpgsqlConnection, CommandDefinition, Task<List<T>>> read, CancellationToken cancellationToken)
        where T : IStatisticKey
    {
        var sort = query.SortOrDefault;
        var cursor = Cursor.TryDecode(query.Cursor);
        var size = query.SizeOf();
        var offset = cursor is null ? (query.NumberOf() - 1) * size : 0;
        var filters = StatisticConditions.Of(query);
        var filterKey = TotalCounts.KeyOf("statistics", query.StatusOrDefault, query.Categories, query.MetricPattern, query.Unit, query.Qualifier, query.MinValue, query.MaxValue,
            query.ArticleId, query.DocumentId, query.PublishedFrom, query.PublishedTo, query.PlaceCode, query.Year, query.PeriodFrom, query.PeriodTo, query.MetricKey);
        // The count is made before the page's statement adds its cursor's condition to the filters.
        var count = "SELECT count(*) FROM statistics s\n" + filters.Where;

        var counts = await totals.CurrentAsync(cancellationToken);
        // A page by number starts from the nearest position an earlier page of this list left (PageAnchors): a cursor
        // there and the rows left to skip after it.
        var listKey = $"{filterKey}\u001f{sort}";
        var anchors = pageAnchors.Of(counts.Version);
        var anchor = cursor is null && offset > 0 ? anchors.Nearest(listKey, offset) : null;
        var list = StatisticListSql.Of(filters, sort, anchor?.Start ?? cursor, size, offset - (anchor?.Position ?? 0), shape);

        await using var connection = await reads.OpenAsync(cancellationToken);
        var rows = await read(connection, new CommandDefinition(list, filters.Parameters, cancellationToken: cancellationToken));
        var total = await counts.CountAsync(
            filterKey, () => connection.ExecuteScalarAsync<long>(new CommandDefinition(count, filters.Parameters, cancellationToken: cancellationToken)), cancellationToken);

        var next = Cursor.TrimToPage(rows, size, last => CursorAt(sort, last, last.Id));
        if (cursor is null && rows.Count > 0)
        {
            anchors.RememberPage(listKey, offset, size, CursorAt(sort, rows[0], PageAnchors.IdBefore(sort, rows[0].Id)), next);
        }

        return (rows, total, next);
    }

    /// <summary>The cursor after a row's sort key with the given id.</summary>
    private static Cursor CursorAt(string sort, IStatisticKey row, long id) => sort.TrimStart('-') switch
    {
        "value" => Cursor.AfterValue(sort, row.Value, id),
        "publishedOn" => Cursor.AfterDate(sort, row.PublishedOn, id),
        _ => new Cursor(sort, null, id),
    };

    /// <summary>Every category with its count under the filters, zero counts included, in the order of the taxonomy.</summary>
    public async Task<IReadOnlyList<CategoryCount>> CountByCategoryAsync(StatisticFilter filter, CancellationToken cancellationToken)
    {
        var filters = StatisticConditions.Of(filter);
        await using var connection = await reads.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<(string Category, long Count)>(new CommandDefinition(
                $"SELECT s.category, count(*) FROM statistics s\n{filters.Where}\nGROUP BY s.category", filters.Parameters, cancellationToken: cancellationToken)))
            .ToDictionary(c => c.Category, c => c.Count);
        return StatisticCategory.All.Select(c => new CategoryCount(c, counts.GetValueOrDefault(c))).ToList();
    }

    public async Task<(IReadOnlyList<MetricSummary> Items, long Total)> MetricsAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var size = query.PageSize ?? PageRequestDefaults.PageSize;
        var fromSeries = FiltersOnlySeriesKeys(query);
        // metric_series holds accepted statistics only and has no status column: its conditions are the query's
        // without one (status "all" adds none), on the columns it shares with statistics under the same alias.
        var filters = StatisticConditions.Of(fromSeries ? query with { Status = "all" } : query);
        filters.Parameters.Add("limit", size);
        filters.Parameters.Add("offset", ((query.Page ?? 1) - 1) * size);
        var sql = fromSeries ? SeriesMetricsSql(filters) : MetricsSql(filters);
        await using var connection = await reads.OpenAsync(cancellationToken);
        var rows = await PageAsync();
        // Each row carries the number of series (a window over the groups, counted in the same pass). A page past the
        // last has no row to carry it: the first page's first row has it.
        var total = rows.Count > 0 || query.Page is null or 1 ? rows.FirstOrDefault()?.Total ?? 0 : await FirstRowsTotalAsync();
        return (rows.Select(r => r.ToSummary()).ToList(), total);

        async Task<List<MetricRow>> PageAsync() =>
            (await connection.QueryAsync<MetricRow>(new CommandDefinition(sql, filters.Parameters, cancellationToken: cancellationToken))).ToList();

        async Task<long> FirstRowsTotalAsync()
        {
            filters.Parameters.Add("limit", 1);
            filters.Parameters.Add("offset", 0);
            return (await PageAsync()).FirstOrDefault()?.Total ?? 0;
        }
    }

    /// <summary>
    /// Whether the query filters only on what makes a series (category, metric key, metric, unit), which metric_series holds
    /// the aggregates of. It compares the query, those filters and the paging cleared, with one that has none, so
    /// that any other filter, one added later included, leaves the answer to the query over every statistic.
    /// </summary>
    private static bool FiltersOnlySeriesKeys(MetricQuery query) =>
        query with { Category = null, MetricKey = null, Metric = null, Unit = null, Page = null, PageSize = null, Status = query.StatusOrDefault == "accepted" ? null : query.Status } == new MetricQuery();

    // A series is one metric key in one unit (人 and 人次 of the same key are different series). Its metric is the
    // wording most of its statistics have and its category the one most have, a tie going to the first in order. A
    // statistic stored before metric keys existed counts under its own metric as key until re-extraction fills it.
    private static string MetricsSql(StatisticConditions filters) => $"""
        SELECT coalesce(s.metric_key, s.metric) AS metrickey, mode() WITHIN GROUP (ORDER BY s.metric) AS metric,
               count(DISTINCT s.metric) AS wordings, s.unit, mode() WITHIN GROUP (ORDER BY s.category) AS category, count(*) AS count,
               sum(s.value) AS sum, min(s.value) AS min, max(s.value) AS max,
               min(s.published_on) AS firstpublishedon, max(s.published_on) AS lastpublishedon, count(*) OVER () AS total
        FROM statistics s
        {filters.Where}
        GROUP BY coalesce(s.metric_key, s.metric), s.unit
        ORDER BY count(*) DESC, metrickey, s.unit
        LIMIT @limit OFFSET @offset
        """;

    // The same answer from metric_series, which holds the aggregates per metric key, metric, unit and category: a few
    // hundred rows rather than every statistic. The page of series is chosen first by their counts alone; only its
    // series then gather their sums, extremes, dates, most frequent wording and category (a tie to the first in
    // order, as mode() breaks it above) through the table's key. Numeric sums over every series cost PostgreSQL as
    // much again as counting them (1.3 against 0.7 ms for 722 rows), ordered aggregates over every series ten times.
    private static string SeriesMetricsSql(StatisticConditions filters) => $"""
        WITH page AS (
            SELECT s.metric_key, s.unit, sum(s.count)::bigint AS count, count(*) OVER () AS total
            FROM metric_series s
            {filters.Where}
            GROUP BY s.metric_key, s.unit
            ORDER BY sum(s.count) DESC, s.metric_key, s.unit
            LIMIT @limit OFFSET @offset)
        SELECT p.metric_key AS metrickey, w.metric, w.wordings, p.unit, c.category,
               p.count, w.sum, w.min, w.max, w.firstpublishedon, w.lastpublishedon, p.total
        FROM page p
        CROSS JOIN LATERAL (
            SELECT (array_agg(x.metric ORDER BY x.count DESC, x.metric))[1] AS metric, count(*) AS wordings,
                   sum(x.sum) AS sum, min(x.min) AS min, max(x.max) AS max,
                   min(x.firstpublishedon) AS firstpublishedon, max(x.lastpublishedon) AS lastpublishedon
            FROM (SELECT s.metric, sum(s.count) AS count, sum(s.sum) AS sum, min(s.min) AS min, max(s.max) AS max,
                         min(s.first_published_on) AS firstpublishedon, max(s.last_published_on) AS lastpublishedon
                  FROM metric_series s
                  WHERE s.metric_key = p.metric_key AND s.unit = p.unit {filters.AndAlso}
                  GROUP BY s.metric) AS x) AS w
        CROSS JOIN LATERAL (
            SELECT s.category FROM metric_series s
            WHERE s.metric_key = p.metric_key AND s.unit = p.unit {filters.AndAlso}
            GROUP BY s.category
            ORDER BY sum(s.count) DESC, s.category
            LIMIT 1) AS c
        ORDER BY p.count DESC, p.metric_key, p.unit
        """;

    /// <summary>A row of either metrics statement: a <see cref="MetricSummary"/> and the number of series under the filters.</summary>
    private sealed record MetricRow(
        string MetricKey, string Metric, long Wordings, string Unit, string Category, long Count, decimal Sum, decimal Min, decimal Max,
        DateOnly? FirstPublishedOn, DateOnly? LastPublishedOn, long Total)
    {
        public MetricSummary ToSummary() => new(MetricKey, Metric, Wordings, Unit, Category, Count, Sum, Min, Max, FirstPublishedOn, LastPublishedOn);
    }
}
