namespace ContentApi.MetricKeys;

/// <summary>Settings of the per-series answers of GET /statistics/metrics (section <c>MetricKeys</c>).</summary>
public sealed class MetricKeysOptions
{
    public const string SectionName = "MetricKeys";

    /// <summary>
    /// Whether this instance brings due series up to date. Any number of instances may: one at a time does (the
    /// database's advisory lock), the others return at once. An instance that cannot write (it reaches only a
    /// standby) should not.
    /// </summary>
    public bool Refresh { get; set; } = true;

    /// <summary>How often the refresher looks for due series. Until it has, the metrics are answered from metric_series.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
