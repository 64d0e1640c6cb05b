using System.Buffers.Binary;
using ContentApi.ArticleBodies;
using ContentApi.Http;
using ContentApi.Paging;
using ContentApi.Places;
using ContentApi.Replicas;
using ContentApi.Statistics;
using Dapper;
using Npgsql;

namespace ContentApi.Series;

/// <summary>The points of one quantity; reads, on the read data source.</summary>
internal sealed class SeriesStore(ReadConnections reads, SeriesPointCache held)
{
    /// <summary>The units the quantity is stated in within the area, most figures first.</summary>
    public async Task<IReadOnlyList<string>> UnitsAsync(SeriesQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        var codes = Codes(query, null);
        var sql = query.PlaceCode is null
            ? "SELECT c.unit FROM series_counts c WHERE c.metric_key = @metricKey ORDER BY c.count DESC, c.unit"
            : $"SELECT c.unit FROM series_place_counts c {codes.Where} GROUP BY c.unit ORDER BY sum(c.count) DESC, c.unit";
        return (await connection.QueryAsync<string>(new CommandDefinition(sql, codes.Parameters, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>
    /// The points in <paramref name="unit"/>, ordered by period (year, then end, then start), and how many there are:
    /// when the page's every point is stored and current (db/0023_series_points_in_order.sql), their stored JSON as the
    /// array's content (<see cref="JsonArrayContent"/>): the content held for the page when it was made of the same
    /// points under the same revisions (db/0029_series_point_revisions.sql), or made of the points held under the
    /// revisions the page names or read by key, and held; no point composed. Otherwise the points composed from their
    /// rows, on the same connection.
    /// </summary>
    public async Task<(IReadOnlyList<byte[]>? Stored, IReadOnlyList<SeriesPoint> Composed, long Total)> PointsAsync(
        SeriesQuery query, string unit, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        var codes = Codes(query, unit);
        var inArea = query.PlaceCode is not null;
        // A parameter, unlike a list's page size written into its statement: a client may ask for any of 5,000 sizes,
        // each of which would be a statement of its own to prepare; the plan's shape does not depend on it.
        var limit = query.Limit ?? SeriesQuery.DefaultPoints;
        codes.Parameters.Add("limit", limit);
        codes.Parameters.Add("bodyFormat", ArticleBodyFormat.Current);
        bool current;
        long total;
        byte[] keys;
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                         StoredPointsSql(codes, inArea), codes.Parameters, cancellationToken: cancellationToken)))
        {
            await reader.ReadAsync(cancellationToken);
            // A page of no point has no keys: string_agg of none is null.
            (current, total) = (reader.GetBoolean(0), reader.GetInt64(1));
            keys = reader.IsDBNull(2) ? [] : reader.GetFieldValue<byte[]>(2);
        }

        if (current && await HeldPageAsync(connection, new SeriesPage(query.MetricKey!, unit, query.PlaceCode, limit), keys, cancellationToken)
                is { } content)
        {
            return (content, [], total);
        }

        var rows = (await connection.QueryAsync<PointRow>(new CommandDefinition(
            PointsSql(codes, inArea), codes.Parameters, cancellationToken: cancellationToken))).ToList();
        return (null, rows.Select(row => row.ToPoint()).ToList(), rows.Count == 0 ? 0 : rows[0].Total);
    }

    // The page's content held under its keys, or made of its points and held; null when a point cannot be served.
    private async Task<IReadOnlyList<byte[]>?> HeldPageAsync(NpgsqlConnection connection, SeriesPage page, byte[] keys, CancellationToken cancellationToken)
    {
        if (held.TryGetPage(page, keys, out var content))
        {
            return content;
        }

        var (ids, revisions) = PointKeys(keys);
        if (await held.HeldOrReadAsync(connection, PointsByKeySql, ids, revisions, cancellationToken) is not { } points)
        {
            return null;
        }

        content = JsonArrayContent.Join(points);
        held.AddPage(page, keys, content);
        return content;
    }

    // The page's ids and revisions from the statement's keys: per point its id and revision, 8 bytes each in network
    // order (int8send). Read as two arrays of bigint, Npgsql's array reader took each element through a reader of its
    // own, 8 % of the service's sampled time for 1,000 points (perf, docs/benchmarks.md); one bytea is one copy.
    private static (long[] Ids, long[] Revisions) PointKeys(byte[] keys)
    {
        var ids = new long[keys.Length / PointKeyLength];
        var revisions = new long[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var key = keys.AsSpan(i * PointKeyLength, PointKeyLength);
            ids[i] = BinaryPrimitives.ReadInt64BigEndian(key);
            revisions[i] = BinaryPrimitives.ReadInt64BigEndian(key[sizeof(long)..]);
        }

        return (ids, revisions);
    }

    private const int PointKeyLength = 2 * sizeof(long);

    // The page's stored points, held or read by key (HeldRows): null when one is stored without bytes (too long for the
    // table) or was read under another revision than the page's (its article rendered again since): the page is then
    // composed.
    private const string PointsByKeySql = "SELECT statistic_id, revision, point FROM series_points WHERE statistic_id = ANY (@ids)";

    // The series' rows of series_place_counts (db/0021): a figure's key, unit and place code, '' for none, with how many
    // accepted figures have them. Within an area, its codes are the range of the area's code, which '' is never in.
    // Without an area, series_counts (db/0024) has their sums, and the conditions give only the key and unit.
    private static SqlConditions Codes(SeriesQuery query, string? unit)
    {
        var codes = new SqlConditions();
        codes.And("c.metric_key = @metricKey", "metricKey", query.MetricKey);
        if (unit is not null)
        {
            codes.And("c.unit = @unit", "unit", unit);
        }

        if (query.PlaceCode is { } code)
        {
            codes.And(PlaceFilter.RangeCondition("c", code, codes.Parameters));
        }

        return codes;
    }

    // Within an area, its place codes' rows with their counts, which the page merges and the total sums. Without an
    // area the page reads one index, and the total is one row of series_counts (db/0024): summing the 3,002 codes of
    // 主题活动 in 场 was a third of the stored series' statement.
    private static string CodesCte(SqlConditions codes, bool inArea) =>
        inArea ? $"WITH codes AS MATERIALIZED (SELECT c.place_code, c.count FROM series_place_counts c {codes.Where})" : "";

    private static string Total(bool inArea) => inArea
        ? "(SELECT sum(codes.count) FROM codes)"
        : "(SELECT t.count FROM series_counts t WHERE t.metric_key = @metricKey AND t.unit = @unit)";

    // The series' order, which both of its indexes (db/0021) have after the key and unit (statistics_metric_key) or the
    // place code (statistics_series_place).
    private static string PointOrder(string alias) =>
        $"ORDER BY {alias}.period_year NULLS LAST, coalesce({alias}.period_to, {alias}.period_from) NULLS LAST, {alias}.period_from NULLS FIRST, {alias}.id";

    // The accepted figures of the series: with the area's codes, what GET /statistics?metricKey=…&unit=…&place=… lists.
    private const string Members = "s.status = 'accepted' AND s.metric_key = @metricKey AND s.unit = @unit";

    // The page's rows, each joined to its article and section, and the total: the sum of the area's codes' counts, in
    // the same snapshot as the points.
    private static string PointsSql(SqlConditions codes, bool inArea) => $"""
        {CodesCte(codes, inArea)}
        SELECT s.id, s.value, s.value_max AS valuemax, s.qualifier, s.metric, s.period_year AS periodyear, s.period_from AS periodfrom,
               s.period_to AS periodto, s.period_label AS periodlabel, s.period_is_target AS periodistarget, s.place_code AS placecode,
               s.place_name AS placename, s.place_level AS placelevel, array_to_string(s.place_path, '/') AS placepath, s.published_on AS publishedon,
               s.document_id AS documentid, s.article_id AS articleid, a.title AS articletitle, s.section_id AS sectionid,
               sec.heading AS sectionheading, s.paragraph_id AS paragraphid, s.source_text AS sourcetext,
               {Total(inArea)}::bigint AS total
        FROM ({Page(inArea)}) AS p
        JOIN statistics s ON s.id = p.id
        {StatisticRow.Joins}
        {PointOrder("s")}
        """;

    // Whether the page's stored points can be served, the total, and the stored points' ids and revisions (PointKeys).
    // The page's ids are read in order from statistics (Page), and the first as many points from series_points' index
    // alone (StoredPage), each aggregated in the order its subquery's ORDER BY … LIMIT gives: PostgreSQL's aggregate
    // reads a subquery's rows in their order when no join stands between them, and within an area each side is a UNION
    // ALL of which one branch returns rows, in that branch's order. An ORDER BY in array_agg sorted the page's ids
    // again, 20-30 % of the statement at 1,000 points (pgbench, docs/benchmarks.md); were either side ever out of
    // order, the ids would differ and the page be composed, in PointsSql's own order. Every row gives its 16 bytes of
    // keys: statistic_id is the table's key and revision is NOT NULL (db/0029). The points are served when their ids
    // are the page's, in the same order, and each is current (this build's format, no mark on its article: no change to
    // its statistic, section or article since it was stored). Points that are not current are read and counted, not
    // skipped: skipping them read on to the series' end while its articles were being rendered again (every article
    // marked after an upgrade: 73,101 buffers and 80 ms a request for 1,000 points), where the page stops at its size.
    // The ids and the revisions are aggregated from the same rows in one pass, so equal ids mean the keys' order too.
    // The marks are looked up once for the page's articles: a lookup a point ran as many scans of article_bodies_due,
    // each of which asked the kernel for the table's size (1,000 lseek calls a request). They are joined, not tested
    // with = ANY (the array): that compared every mark with every one of the page's articles, +1.3 ms a request with
    // 443 marks of other articles (pgbench, 1,000 points), where a join costs +0.2 ms; marks are many while pages are
    // ingested, when reads go on.
    private static string StoredPointsSql(SqlConditions codes, bool inArea) => $"""
        {CodesCte(codes, inArea)}
        SELECT page.ids IS NOT DISTINCT FROM stored.ids AND stored.count = stored.servable
                   AND NOT EXISTS (SELECT 1 FROM unnest(stored.articles) AS a (id) JOIN article_bodies_due d ON d.article_id = a.id) AS current,
               coalesce({Total(inArea)}, 0)::bigint AS total, stored.keys
        FROM (SELECT array_agg(p.id) AS ids FROM ({Page(inArea)}) AS p) AS page,
             (SELECT array_agg(q.statistic_id) AS ids, string_agg(int8send(q.statistic_id) || int8send(q.revision), ''::bytea) AS keys, count(*) AS count,
                     count(*) FILTER (WHERE q.format = @bodyFormat) AS servable, array_agg(q.article_id) AS articles
              FROM ({StoredPage(inArea)}) AS q) AS stored
        """;

    // The series' first points in the series' order, current or not, from series_points' indexes alone; within an
    // area, as Page merges its codes.
    private static string StoredPage(bool inArea) => inArea
        ? FromTheAreasCodes(
            code => $"SELECT {StoredColumns} FROM series_points sp WHERE sp.metric_key = @metricKey AND sp.unit = @unit AND sp.place_code = {code} {StoredOrder("sp")} LIMIT @limit",
            "q", StoredOrder("q"))
        : $"SELECT {StoredColumns} FROM series_points sp WHERE sp.metric_key = @metricKey AND sp.unit = @unit {StoredOrder("sp")} LIMIT @limit";

    private const string StoredColumns = "sp.statistic_id, sp.article_id, sp.format, sp.revision, sp.period_year, sp.period_end, sp.period_from";

    // PointOrder over series_points' columns, in which the period's end is stored.
    private static string StoredOrder(string alias) =>
        $"ORDER BY {alias}.period_year NULLS LAST, {alias}.period_end NULLS LAST, {alias}.period_from NULLS FIRST, {alias}.statistic_id";

    // The page's ids and the period's columns that order them, read in order from an index alone and stopping at the
    // page's end; then only the page's rows are read. Within an area, each of its place codes gives the ids of its own
    // first points, and the page is the first of those: at most the page's size of index entries from each code, never
    // more than the area has, where sorting every figure of the area read them all (主题活动 in 场 within 120106, 27,461
    // figures on one code: 30 ms to sort them, 15 ms more to count them). Reading the rows as the index is walked was
    // faster on one code (2.4 against 5.0 ms), but would read up to the page's size of rows from every code of a wide area.
    private static string Page(bool inArea) => inArea
        ? FromTheAreasCodes(
            code => $"SELECT s.id, s.period_year, s.period_from, s.period_to FROM statistics s WHERE {Members} AND s.place_code = {code} {PointOrder("s")} LIMIT @limit",
            "p", PointOrder("p"))
        : $"SELECT s.id, s.period_year, s.period_from, s.period_to FROM statistics s WHERE {Members} {PointOrder("s")} LIMIT @limit";

    // A page within an area from the first points of each of its place codes (firstOf, given a code's expression),
    // merged in the series' order by a sort of them all. An area whose series is on one code (a county whose figures
    // are all the county's) has its page in order in that code's index, and is not sorted: the sort of 1,000 stored
    // points, each copied whole, was 0.15-0.2 ms of the stored series' statement of 0.9-1.0 (pgbench, 主题活动 in 场
    // within 120106). Each branch's condition on the number of codes is a one-time filter, tested before it reads.
    private static string FromTheAreasCodes(Func<string, string> firstOf, string alias, string order) => $"""
        SELECT one.* FROM ({firstOf("(SELECT min(codes.place_code) FROM codes)")}) AS one WHERE (SELECT count(*) FROM codes) = 1
        UNION ALL
        (SELECT {alias}.* FROM codes CROSS JOIN LATERAL ({firstOf("codes.place_code")}) AS {alias}
         WHERE (SELECT count(*) FROM codes) > 1
         {order} LIMIT @limit)
        """;

    private sealed record PointRow(
        long Id, decimal Value, decimal? ValueMax, string Qualifier, string Metric, int? PeriodYear, DateOnly? PeriodFrom, DateOnly? PeriodTo,
        string? PeriodLabel, bool PeriodIsTarget, string? PlaceCode, string? PlaceName, string? PlaceLevel, string? PlacePath,
        DateOnly? PublishedOn, long DocumentId, long ArticleId, string? ArticleTitle, long? SectionId, string? SectionHeading, long? ParagraphId,
        string SourceText, long Total)
    {
        public SeriesPoint ToPoint() => new(
            Id, Value, ValueMax, Qualifier, Metric,
            PeriodDto.Of(PeriodYear, PeriodFrom, PeriodTo, PeriodLabel, PeriodIsTarget),
            PlaceDto.Of(PlaceCode, PlaceName, PlaceLevel, PlacePath),
            PublishedOn,
            new StatisticProvenance(DocumentId, ArticleId, ArticleTitle, SectionId, SectionHeading, ParagraphId),
            SourceText);
    }
}
