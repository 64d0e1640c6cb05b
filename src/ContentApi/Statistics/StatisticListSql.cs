using ContentApi.ArticleBodies;
using ContentApi.Paging;

namespace ContentApi.Statistics;

/// <summary>What a page's statement selects: every column (<see cref="StatisticRow"/>) or JSON items (<see cref="StatisticItem"/>).</summary>
internal enum StatisticListShape
{
    Rows,
    Items,
}

/// <summary>The page query of <c>GET /statistics</c>: the filters given, the keyset condition of a cursor, the sort, the page.</summary>
internal static class StatisticListSql
{
    /// <summary>
    /// Whether an items' statement sends the stored bodies' bytes (<see cref="StatisticItem.Columns"/>): false, as the
    /// service holds what it has read (<see cref="StatisticBodyCache"/>); a parameter, so both are one prepared statement.
    /// </summary>
    public const string BodiesParameter = "bodies";

    private static string PublishedOn(string alias) => $"coalesce({alias}.published_on, DATE '0001-01-01')";

    /// <summary>
    /// The statement, its parameters added to <paramref name="filters"/>. LIMIT and OFFSET are validated integers
    /// written into the text: a prepared statement's generic plan, which PostgreSQL takes after five runs, assumes
    /// a LIMIT parameter keeps a tenth of the rows and would then prefer reading them all and sorting; with the
    /// number in the statement every run of one page size shares one plan, planned once. Position is reading order:
    /// an ingest inserts a page's statistics in order, so ids follow it.
    /// </summary>
    public static string Of(StatisticConditions filters, string sort, Cursor? cursor, int size, int offset, StatisticListShape shape)
    {
        if (cursor is not null)
        {
            filters.Parameters.Add("afterId", cursor.Id);
            switch (sort.TrimStart('-'))
            {
                case "value":
                    filters.Parameters.Add("afterValue", cursor.KeyAsDecimal());
                    filters.And(sort == "value" ? "(s.value, s.id) > (@afterValue, @afterId)" : "(s.value, s.id) < (@afterValue, @afterId)");
                    break;
                case "publishedOn":
                    filters.Parameters.Add("afterDate", cursor.KeyAsDateText());
                    filters.And(sort == "publishedOn" ? $"({PublishedOn("s")}, s.id) > (CAST(@afterDate AS date), @afterId)" : $"({PublishedOn("s")}, s.id) < (CAST(@afterDate AS date), @afterId)");
                    break;
                default:
                    filters.And("s.id > @afterId");
                    break;
            }
        }

        var order = Order(sort, "s");
        var page = SqlConditions.Page(size, offset);
        if (shape == StatisticListShape.Items)
        {
            // The page's ids, with the sort's own key for the cursor, from an index alone where one has the filter's,
            // the sort's and the status's columns; then each one's stored body's revision. The statistic's row is read only to
            // compose an item without a current body (StatisticItem.Joins): for one category of 50 that left 209 of
            // 413 buffers and a fifth of PostgreSQL's CPU (docs/benchmarks.md).
            filters.Parameters.Add("bodyFormat", ArticleBodyFormat.Current);
            filters.Parameters.Add(BodiesParameter, false);
            return $"""
                SELECT {StatisticItem.Columns}
                FROM (SELECT s.id, {SortKeys(sort)} FROM statistics s
                {filters.Where}
                {order} {page}) AS p
                {StatisticItem.Joins}
                {Order(sort, "p")}
                """;
        }

        // A page that skips rows or is filtered is chosen as ids, then its rows are read by id. With the filter's, the
        // sort's and the status's columns in one index (db/0014's areas, db/0016's category and accepted ids), the ids
        // come from the index alone: page 1,000 by number reads 20,000 index entries instead of 20,000 rows. By place,
        // reading the rows while choosing them, PostgreSQL also costed a walk of the id index below the area's index for
        // a province with many rows and planned every request anew instead of keeping one prepared plan (1.2 ms of its
        // CPU a request). An unfiltered page from the start reads its rows as it walks the index: choosing ids first
        // would only add a lookup a row (100 per page: 1,095 -> 1,252 µs of PostgreSQL a request).
        var chosen = offset > 0 || filters.Narrows
            ? $"(SELECT s.id FROM statistics s\n{filters.Where}\n{order} {page}) AS p\nJOIN statistics s ON s.id = p.id"
            : $"(SELECT s.* FROM statistics s\n{filters.Where}\n{order} {page}) AS s";
        // The page is chosen from statistics alone, then joined to its provenance: a filter that reads many rows out of
        // id order (place=12, a metric) would otherwise join every one of them before the sort keeps twenty.
        return $"SELECT {StatisticRow.Columns}\nFROM {chosen}\n{StatisticRow.Joins}\n{order}";
    }

    private static string Order(string sort, string alias) => sort switch
    {
        "value" => $"ORDER BY {alias}.value, {alias}.id",
        "-value" => $"ORDER BY {alias}.value DESC, {alias}.id DESC",
        "publishedOn" => $"ORDER BY {PublishedOn(alias)}, {alias}.id",
        "-publishedOn" => $"ORDER BY {PublishedOn(alias)} DESC, {alias}.id DESC",
        _ => $"ORDER BY {alias}.id",
    };

    // The columns value and published_on of an item's page (StatisticItem.Columns): the sort's key, which its cursor
    // continues after, and null for the other, which nothing reads and no index of the page need hold.
    private static string SortKeys(string sort) => sort.TrimStart('-') switch
    {
        "value" => "s.value, NULL::date AS published_on",
        "publishedOn" => "NULL::numeric AS value, s.published_on",
        _ => "NULL::numeric AS value, NULL::date AS published_on",
    };
}
