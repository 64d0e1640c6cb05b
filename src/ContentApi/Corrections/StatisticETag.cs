using Microsoft.Net.Http.Headers;

namespace ContentApi.Corrections;

/// <summary>
/// A statistic's own ETag: its id and row version, a strong validator that every change (an edit, a re-extraction
/// that changed it) moves on. The same on every instance, since the row version is in the database.
/// </summary>
internal static class StatisticETag
{
    public static string Of(long id, int rowVersion) => $"\"{id}-{rowVersion}\"";

    /// <summary>
    /// The row version an <c>If-Match</c> names for statistic <paramref name="id"/>: null when the header is missing
    /// (428), -1 when it names no version of this statistic (412). A weak tag or * never matches: nothing is
    /// overwritten without the version it replaces.
    /// </summary>
    public static int? ExpectedVersion(HttpRequest request, long id)
    {
        if (request.Headers.IfMatch.Count == 0)
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfMatch, out var tags))
        {
            return -1;
        }

        var prefix = $"\"{id}-";
        foreach (var tag in tags)
        {
            var text = tag.Tag.ToString();
            if (!tag.IsWeak && text.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(prefix.Length, text.Length - prefix.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                return version;
            }
        }

        return -1;
    }
}
