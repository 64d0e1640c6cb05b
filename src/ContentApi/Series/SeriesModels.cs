using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ContentApi.Places;
using ContentApi.Statistics;

namespace ContentApi.Series;

/// <summary>One quantity (a metric key in one unit), optionally within an area, as points ordered by period.</summary>
public sealed record SeriesResponse(string MetricKey, string Unit, PlaceDto? Place, long Total, IReadOnlyList<SeriesPoint> Points);

/// <summary>A figure of a series: its value, qualifier, period, place, and where it was read (statistic, document, article, text).</summary>
public sealed record SeriesPoint(
    long StatisticId,
    decimal Value,
    decimal? ValueMax,
    string Qualifier,
    string Metric,
    PeriodDto? Period,
    PlaceDto? Place,
    DateOnly? PublishedOn,
    StatisticProvenance Provenance,
    string Text)
{
    /// <summary>The point of a statistic from its DTO, as the renderer stores it (ArticleBodies/StatisticBodies.cs); SeriesStore composes the same point from its row.</summary>
    public static SeriesPoint Of(StatisticDto statistic) => new(
        statistic.Id, statistic.Value, statistic.ValueMax, statistic.Qualifier, statistic.Metric, statistic.Period, statistic.Place,
        statistic.PublishedOn, statistic.Provenance, statistic.Text);
}

/// <summary>The parameters of <c>GET /api/v1/series</c>.</summary>
public sealed record SeriesQuery
{
    public const int MaxPoints = 5000;

    /// <summary>The points of a page when <see cref="Limit"/> is not given.</summary>
    public const int DefaultPoints = 1000;

    /// <summary>The metric key of the quantity (from a statistic's metricKey or GET /statistics/metrics).</summary>
    public string? MetricKey { get; init; }

    /// <summary>Only figures of this area and the areas inside it: a division's code (12, 120106) or name (红桥区).</summary>
    public string? Place { get; init; }

    /// <summary>The unit of the series. A series never mixes units: when the quantity has several, this is required (400 names them).</summary>
    public string? Unit { get; init; }

    /// <summary>At most this many points, the earliest periods first.</summary>
    [Range(1, MaxPoints)]
    [DefaultValue(DefaultPoints)]
    public int? Limit { get; init; }

    internal string? PlaceCode => PlaceFilter.CodeOf(Place);
}
