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
    private const string PublishedOn = "coalesce(s.published_on, DATE '0001-01-01')";

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
                    filters.And(sort == "publishedOn" ? $"({PublishedOn}, s.id) > (CAST(@afterDate AS date), @afterId)" : $"({PublishedOn}, s.id) < (CAST(@afterDate AS date), @afterId)");
                    break;
                default:
                    filters.And("s.id > @afterId");
                    break;
            }
        }

        var order = sort switch
        {
            "value" => "ORDER BY s.value, s.id",
            "-value" => "ORDER BY s.value DESC, s.id DESC",
            "publishedOn" => $"ORDER BY {PublishedOn}, s.id",
            "-publishedOn" => $"ORDER BY {PublishedOn} DESC, s.id DESC",
            _ => "ORDER BY s.id",
        };
        var page = SqlConditions.Page(size, offset);
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
        if (shape == StatisticListShape.Rows)
        {
            return $"SELECT {StatisticRow.Columns}\nFROM {chosen}\n{StatisticRow.Joins}\n{order}";
        }

        filters.Parameters.Add("bodyFormat", ArticleBodyFormat.Current);
        return $"SELECT {StatisticItem.Columns}\nFROM {chosen}\n{StatisticItem.Joins}\n{order}";
    }
}
