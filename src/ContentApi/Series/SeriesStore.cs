using ContentApi.Places;
using ContentApi.Replicas;
using ContentApi.Statistics;
using Dapper;

namespace ContentApi.Series;

/// <summary>The points of one quantity; reads, on the read data source.</summary>
internal sealed class SeriesStore(ReadConnections reads)
{
    /// <summary>The units the quantity is stated in within the area, most figures first.</summary>
    public async Task<IReadOnlyList<string>> UnitsAsync(SeriesQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        var filters = Conditions(query, null);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT s.unit FROM statistics s {filters.Where} GROUP BY s.unit ORDER BY count(*) DESC, s.unit", filters.Parameters, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>The points in <paramref name="unit"/>, ordered by period (year, then end, then start), and how many there are.</summary>
    public async Task<(IReadOnlyList<SeriesPoint> Points, long Total)> PointsAsync(SeriesQuery query, string unit, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        var filters = Conditions(query, unit);
        filters.Parameters.Add("limit", query.Limit ?? 1000);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(PointsSql(filters), filters.Parameters, cancellationToken: cancellationToken));
        var points = (await results.ReadAsync<PointRow>()).Select(row => row.ToPoint()).ToList();
        return (points, await results.ReadSingleAsync<long>());
    }

    // The list's own conditions, so a series selects exactly what GET /statistics?metricKey=…&unit=…&place=… lists:
    // accepted figures (a rejected one is in no series). statistics_metric_key (metric_key, unit, period_year, id)
    // serves the units of a key and the points of a unit; statistics_series_place (db/0013) a series within an area,
    // whose codes it orders after the key and unit: there the area is a range of codes, not the list's equality on
    // the code's prefix, which would read every figure of the key (主题活动 in 130273 at a million statistics: 20
    // figures from 6 buffers, against 86,043 entries from 8,667).
    private static StatisticConditions Conditions(SeriesQuery query, string? unit)
    {
        var conditions = StatisticConditions.Of(new StatisticFilter { MetricKey = query.MetricKey, Unit = unit });
        if (query.PlaceCode is { } code)
        {
            conditions.And(PlaceFilter.RangeCondition("s", code, conditions.Parameters));
        }

        return conditions;
    }

    // The page of points is chosen as ids, then only its rows are read and joined: with the period's columns and the id
    // in statistics_series_place (db/0016), an area's points are sorted from the index alone (主题活动 in 场 within
    // 120106, 7,796 points: 22 ms against 57-100 ms reading and joining every point before keeping 1,000).
    private const string PointOrder = "ORDER BY s.period_year NULLS LAST, coalesce(s.period_to, s.period_from) NULLS LAST, s.period_from NULLS FIRST, s.id";

    private static string PointsSql(StatisticConditions filters) => $"""
        SELECT s.id, s.value, s.value_max AS valuemax, s.qualifier, s.metric, s.period_year AS periodyear, s.period_from AS periodfrom,
               s.period_to AS periodto, s.period_label AS periodlabel, s.period_is_target AS periodistarget, s.place_code AS placecode,
               s.place_name AS placename, s.place_level AS placelevel, array_to_string(s.place_path, '/') AS placepath, s.published_on AS publishedon,
               s.document_id AS documentid, s.article_id AS articleid, a.title AS articletitle, s.section_id AS sectionid,
               sec.heading AS sectionheading, s.paragraph_id AS paragraphid, s.source_text AS sourcetext
        FROM (SELECT s.id FROM statistics s {filters.Where} {PointOrder} LIMIT @limit) AS p
        JOIN statistics s ON s.id = p.id
        {StatisticRow.Joins}
        {PointOrder};
        SELECT count(*) FROM statistics s {filters.Where};
        """;

    private sealed record PointRow(
        long Id, decimal Value, decimal? ValueMax, string Qualifier, string Metric, int? PeriodYear, DateOnly? PeriodFrom, DateOnly? PeriodTo,
        string? PeriodLabel, bool PeriodIsTarget, string? PlaceCode, string? PlaceName, string? PlaceLevel, string? PlacePath,
        DateOnly? PublishedOn, long DocumentId, long ArticleId, string? ArticleTitle, long? SectionId, string? SectionHeading, long? ParagraphId,
        string SourceText)
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
