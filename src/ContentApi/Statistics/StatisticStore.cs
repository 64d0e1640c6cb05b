using ContentApi.Paging;
using ContentApi.Replicas;
using ContentApi.Text.Statistics;
using Dapper;
using Npgsql;

namespace ContentApi.Statistics;

/// <summary>The statistics queries; all reads, so all on the read data source.</summary>
internal sealed class StatisticStore(ReadConnections reads, TotalCounts totals, StatisticBodyCache bodies)
{
    /// <summary>A page of statistics as rows of every column (for CSV).</summary>
    public Task<(List<StatisticRow> Items, long Total, Cursor? Next)> ListRowsAsync(StatisticQuery query, CancellationToken cancellationToken) =>
        ListAsync(query, StatisticListShape.Rows, async (connection, command) => (await connection.QueryAsync<StatisticRow>(command)).AsList(), cancellationToken);

    /// <summary>
    /// A page of statistics as JSON items: each one's stored body where it is current (db/0019_statistic_bodies.sql),
    /// its row composed where not.
    /// </summary>
    public Task<(List<StatisticItem> Items, long Total, Cursor? Next)> ListItemsAsync(StatisticQuery query, CancellationToken cancellationToken) =>
        ListAsync(query, StatisticListShape.Items, ReadItemsAsync, cancellationToken);

    // The page's items with their stored bodies' revisions, each body's bytes held under its revision or read by key
    // and held. A body read under another revision than the page's was stored again (its article rendered again) after
    // the page's snapshot: the page's statement then runs again asking for the bytes, so that the page and its bodies
    // are of one snapshot.
    private async Task<List<StatisticItem>> ReadItemsAsync(NpgsqlConnection connection, CommandDefinition command)
    {
        var page = await StatisticItem.ReadAllAsync(await connection.ExecuteReaderAsync(command), command.CancellationToken);
        if (await FindBodiesAsync(connection, page, command.CancellationToken))
        {
            return page;
        }

        ((DynamicParameters)command.Parameters!).Add(StatisticListSql.BodiesParameter, true);
        page = await StatisticItem.ReadAllAsync(await connection.ExecuteReaderAsync(command), command.CancellationToken);
        foreach (var item in page.Where(item => item.IsStored))
        {
            bodies.Add(item.Id, item.Revision!.Value, item.Stored!);
        }

        return page;
    }

    // Gives each stored item of the page its body, held or read by key (HeldRows). False when one was read under another
    // revision or is gone.
    private async Task<bool> FindBodiesAsync(NpgsqlConnection connection, List<StatisticItem> page, CancellationToken cancellationToken)
    {
        var stored = page.Where(item => item.IsStored).ToArray();
        if (await bodies.HeldOrReadAsync(connection, BodiesByKeySql, stored.Select(item => item.Id).ToArray(),
                stored.Select(item => item.Revision!.Value).ToArray(), cancellationToken) is not { } found)
        {
            return false;
        }

        for (var i = 0; i < stored.Length; i++)
        {
            stored[i].Hold(found[i]);
        }

        return true;
    }

    private const string BodiesByKeySql = "SELECT statistic_id, revision, body FROM statistic_bodies WHERE statistic_id = ANY (@ids)";

    private async Task<(List<T> Items, long Total, Cursor? Next)> ListAsync<T>(
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
        var anchors = counts.Anchors;
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
        var (sql, filters) = MetricListSql.Of(query);
        filters.Parameters.Add("limit", size);
        filters.Parameters.Add("offset", ((query.Page ?? 1) - 1) * size);
        await using var connection = await reads.OpenAsync(cancellationToken);
        var rows = await PageAsync();
        // Each row carries the number of series, counted by the same statement. A page past the
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

    /// <summary>A row of any metrics statement (<see cref="MetricListSql"/>): a <see cref="MetricSummary"/> and the number of series under the filters.</summary>
    private sealed record MetricRow(
        string MetricKey, string Metric, long Wordings, string Unit, string Category, long Count, decimal Sum, decimal Min, decimal Max,
        DateOnly? FirstPublishedOn, DateOnly? LastPublishedOn, long Total)
    {
        public MetricSummary ToSummary() => new(MetricKey, Metric, Wordings, Unit, Category, Count, Sum, Min, Max, FirstPublishedOn, LastPublishedOn);
    }
}
