namespace ContentApi.Statistics;

/// <summary>
/// The page query of <c>GET /statistics/metrics</c>, from the smallest table that holds the answer to its filters:
/// metric_keys (db/0020) a row per series, metric_series (db/0006, db/0012) a row per series, wording and category,
/// or every statistic. Each statement returns the same rows in the same order (MetricSeriesTests compares them).
/// </summary>
internal static class MetricListSql
{
    /// <summary>The statement and its conditions; the caller adds <c>@limit</c> and <c>@offset</c>.</summary>
    public static (string Sql, StatisticConditions Filters) Of(MetricQuery query)
    {
        // The query with its paging cleared, and its status when that is the default, accepted: the two tables of
        // aggregates hold accepted statistics only. Clearing the filters a table can answer as well leaves a query
        // with no filter exactly when that table can answer all of them, one added to MetricQuery later included.
        // A category given as nothing (the binder's empty list) is no filter either.
        var unpaged = query with
        {
            Page = null, PageSize = null, Status = query.StatusOrDefault == "accepted" ? null : query.Status,
            Category = query.Categories is { Length: > 0 } ? query.Category : null,
        };
        var none = new MetricQuery();
        if (unpaged with { Category = null, MetricKey = null, Metric = null, Unit = null } != none)
        {
            var everyStatistic = StatisticConditions.Of(query);
            return (StatisticsSql(everyStatistic), everyStatistic);
        }

        // The tables have no status column: their conditions are the query's without one (status "all" adds none), on
        // the columns they share with statistics under the same alias.
        var filters = StatisticConditions.Of(query with { Status = "all" });
        return (unpaged with { MetricKey = null, Unit = null } == none ? KeysSql(filters) : SeriesSql(filters), filters);
    }

    // Each series' answer whole (db/0020): the page is the first rows of metric_keys_by_count (count DESC, metric_key,
    // unit), the order below, and the total is counted apart, so that choosing the page reads the page's rows only.
    // metric_keys is brought up to date after the changes that make a series due, so it answers only while none is,
    // in this statement's snapshot; otherwise metric_series answers. Each branch runs only when its condition holds
    // (a one-time filter on the materialized check).
    private static string KeysSql(StatisticConditions filters) => $"""
        WITH due AS MATERIALIZED (SELECT EXISTS (SELECT FROM metric_keys_due) AS due)
        SELECT * FROM (
            (SELECT s.metric_key AS metrickey, s.metric, s.wordings, s.unit, s.category, s.count, s.sum, s.min, s.max,
                    s.first_published_on AS firstpublishedon, s.last_published_on AS lastpublishedon,
                    (SELECT count(*) FROM metric_keys s {filters.Where}) AS total
             FROM metric_keys s
             WHERE NOT (SELECT due FROM due) {filters.AndAlso}
             ORDER BY s.count DESC, s.metric_key, s.unit
             LIMIT @limit OFFSET @offset)
            UNION ALL
            ({SeriesSql(filters, "(SELECT due FROM due)")})) AS m
        ORDER BY m.count DESC, m.metrickey, m.unit
        """;

    // A series is one metric key in one unit (人 and 人次 of the same key are different series). Its metric is the
    // wording most of its statistics have and its category the one most have, a tie going to the first in order. A
    // statistic stored before metric keys existed counts under its own metric as key until re-extraction fills it.
    private static string StatisticsSql(StatisticConditions filters) => $"""
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
    // Its page is chosen only where the condition `when` holds.
    private static string SeriesSql(StatisticConditions filters, string when = "true") => $"""
        WITH page AS (
            SELECT s.metric_key, s.unit, sum(s.count)::bigint AS count, count(*) OVER () AS total
            FROM metric_series s
            WHERE {when} {filters.AndAlso}
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
}
