using System.Text.Json;

namespace ContentApi.Text.Evaluation;

/// <summary>
/// A hand-made gold file (<c>NAME.gold.json</c>, written under tests/corpus/dev/ANNOTATION.md): the statistics a careful
/// reader takes from the page, the ones that may be taken either way (<see cref="Ignore"/>), and the document's
/// metadata (<see cref="PublishedOn"/>, <see cref="Place"/>).
/// </summary>
public sealed record GoldPage(
    string? PublishedOn,
    string? Place,
    IReadOnlyList<GoldStatistic> Statistics,
    IReadOnlyList<GoldIgnore> Ignore)
{
    /// <summary>Reads a gold file; throws <see cref="JsonException"/> when it is not one.</summary>
    public static GoldPage Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("a gold file is an object with a \"statistics\" array");
        }

        var ignore = root.TryGetProperty("ignore", out var ignored) && ignored.ValueKind == JsonValueKind.Array
            ? ignored.EnumerateArray().Select(ReadIgnore).ToArray()
            : [];
        return new GoldPage(OptionalString(root, "publishedOn"), OptionalString(root, "place"), statistics.EnumerateArray().Select(ReadStatistic).ToArray(), ignore);
    }

    private static GoldStatistic ReadStatistic(JsonElement s)
    {
        var keywords = s.TryGetProperty("metricKeywords", out var k) && k.ValueKind == JsonValueKind.Array
            ? k.EnumerateArray().Select(word => word.GetString() ?? "").ToArray()
            : [];
        // Place and year are scored only where the gold has the key; a null value is an answer ("no place"), not a gap.
        var place = s.TryGetProperty("place", out var p) ? new GoldAnswer<string?>(p.ValueKind == JsonValueKind.String ? p.GetString() : null) : null;
        var year = s.TryGetProperty("year", out var y) ? new GoldAnswer<int?>(y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null) : null;
        return new GoldStatistic(
            RequiredString(s, "surface"),
            s.GetProperty("value").GetDouble(),
            RequiredString(s, "unit"),
            s.TryGetProperty("unitImplied", out var implied) && implied.ValueKind == JsonValueKind.True,
            RequiredString(s, "qualifier"),
            RequiredString(s, "category"),
            keywords,
            place,
            year);
    }

    private static GoldIgnore ReadIgnore(JsonElement i) => new(
        OptionalString(i, "surface") ?? "",
        i.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null,
        RequiredString(i, "unit"));

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) ?? throw new JsonException($"a gold entry lacks the string \"{name}\"");
}

/// <summary>
/// One statistic of the gold. <see cref="UnitImplied"/>: the text leaves the unit to the reader, so an empty predicted unit
/// agrees too. <see cref="Place"/>/<see cref="Year"/> are null when the gold does not score them.
/// </summary>
public sealed record GoldStatistic(
    string Surface,
    double Value,
    string Unit,
    bool UnitImplied,
    string Qualifier,
    string Category,
    IReadOnlyList<string> MetricKeywords,
    GoldAnswer<string?>? Place,
    GoldAnswer<int?>? Year);

/// <summary>The gold's answer for a field it scores, which may itself be null (a figure that belongs to no place).</summary>
public sealed record GoldAnswer<T>(T Value);

/// <summary>
/// A figure a careful reader could take either way: a prediction with its unit and value counts neither way. A surface
/// with 数百 ("several hundred") covers any value from 100 to 900.
/// </summary>
public sealed record GoldIgnore(string Surface, double? Value, string Unit);
