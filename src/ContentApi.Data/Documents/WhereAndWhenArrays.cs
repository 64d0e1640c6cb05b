using ContentApi.Text.Statistics;
using Dapper;

namespace ContentApi.Data.Documents;

/// <summary>
/// The place, period and metric key of statistics as array parameters for an <c>unnest</c> insert or update, one
/// element per statistic, named as the writers' SQL names them (placeCodes … metricKeys). A null statistic (a figure
/// an editor kept whose paragraph is gone) gives nulls.
/// </summary>
internal static class WhereAndWhenArrays
{
    public static void AddTo(DynamicParameters parameters, IReadOnlyList<Statistic?> statistics)
    {
        parameters.Add("placeCodes", statistics.Select(s => s?.Place?.Code).ToArray());
        parameters.Add("placeNames", statistics.Select(s => s?.Place?.Name).ToArray());
        parameters.Add("placeLevels", statistics.Select(s => s?.Place?.Level).ToArray());
        // unnest cannot take an array of arrays of different lengths: the path travels as one string, split in SQL.
        parameters.Add("placePaths", statistics.Select(s => s?.Place is { } place ? string.Join('/', place.Path) : null).ToArray());
        parameters.Add("periodYears", statistics.Select(s => s?.Period?.Year).ToArray());
        parameters.Add("periodFroms", statistics.Select(s => s?.Period?.From).ToArray());
        parameters.Add("periodTos", statistics.Select(s => s?.Period?.To).ToArray());
        parameters.Add("periodLabels", statistics.Select(s => s?.Period?.Label).ToArray());
        parameters.Add("periodTargets", statistics.Select(s => s?.Period?.IsTarget ?? false).ToArray());
        parameters.Add("metricKeys", statistics.Select(s => s is null ? null : StoredMetricKey(s)).ToArray());
    }

    /// <summary>
    /// The key as stored: null for a statistic that never went through the place-and-period stage (its key is
    /// empty), which then counts under its own metric, as one stored before metric keys existed does.
    /// </summary>
    public static string? StoredMetricKey(Statistic statistic) => statistic.MetricKey is { Length: > 0 } key ? key : null;
}
