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
        return (await connection.QueryAsync<string>(new CommandDefinition(UnitsSql, Parameters(query, query.Unit), cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>The points in <paramref name="unit"/>, ordered by period (year, then end, then start), and how many there are.</summary>
    public async Task<(IReadOnlyList<SeriesPoint> Points, long Total)> PointsAsync(SeriesQuery query, string unit, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(PointsSql, Parameters(query, unit), cancellationToken: cancellationToken));
        var points = (await results.ReadAsync<PointRow>()).Select(row => row.ToPoint()).ToList();
        return (points, await results.ReadSingleAsync<long>());
    }

    private static object Parameters(SeriesQuery query, string? unit) => new
    {
        query.MetricKey,
        unit,
        placeCode = query.PlaceCode,
        placeCodeEnd = PlaceFilter.RangeEnd(query.PlaceCode),
        limit = query.Limit ?? 1000,
    };

    // statistics_metric_key (metric_key, unit, period_year, id) serves both: the units of a key, the points of a unit;
    // statistics_series_place (db/0013) a series within an area. A rejected figure is in no series.
    private const string Where = """
        WHERE s.metric_key = @MetricKey
          AND s.status = 'accepted'
          AND (@unit::text IS NULL OR s.unit = @unit)
          AND (@placeCode::text IS NULL OR (s.place_code >= @placeCode AND s.place_code < @placeCodeEnd))
        """;

    private const string UnitsSql = $"SELECT s.unit FROM statistics s {Where} GROUP BY s.unit ORDER BY count(*) DESC, s.unit";

    private const string PointsSql = $"""
        SELECT s.id, s.value, s.value_max AS valuemax, s.qualifier, s.metric, s.period_year AS periodyear, s.period_from AS periodfrom,
               s.period_to AS periodto, s.period_label AS periodlabel, s.period_is_target AS periodistarget, s.place_code AS placecode,
               s.place_name AS placename, s.place_level AS placelevel, array_to_string(s.place_path, '/') AS placepath, s.published_on AS publishedon,
               s.document_id AS documentid, s.article_id AS articleid, a.title AS articletitle, s.section_id AS sectionid,
               sec.heading AS sectionheading, s.paragraph_id AS paragraphid, s.source_text AS sourcetext
        FROM statistics s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sections sec ON sec.id = s.section_id
        {Where}
        ORDER BY s.period_year NULLS LAST, coalesce(s.period_to, s.period_from) NULLS LAST, s.period_from NULLS FIRST, s.id
        LIMIT @limit;
        SELECT count(*) FROM statistics s {Where};
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
