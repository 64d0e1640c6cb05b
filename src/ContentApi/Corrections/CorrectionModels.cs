using System.Text.Json.Nodes;

namespace ContentApi.Corrections;

/// <summary>
/// One change an editor made to a statistic: who (the API key's name), when, which fields, their values before and
/// after, and why. <c>kind</c> is <c>added</c> for a figure an editor added, <c>edited</c> for a patch.
/// </summary>
public sealed record StatisticRevision(
    long Id,
    long StatisticId,
    string Kind,
    string Author,
    DateTimeOffset ChangedAt,
    IReadOnlyList<string> Fields,
    JsonObject Before,
    JsonObject After,
    string? Reason);

/// <summary>How a correction ended.</summary>
internal enum CorrectionResult
{
    Done,
    NotFound,
    Stale,
    Invalid,
    Conflict,
}

/// <summary>
/// The outcome of a correction: the statistic's id and new row version and the commit's data version when done; the
/// current row version when stale; the errors per field when invalid.
/// </summary>
internal sealed record CorrectionOutcome(
    CorrectionResult Result,
    long Id = 0,
    int RowVersion = 0,
    string DataVersion = "",
    IDictionary<string, string[]>? Errors = null,
    string? Detail = null);
