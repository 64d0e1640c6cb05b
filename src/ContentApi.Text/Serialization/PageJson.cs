using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Text.Parsing;

namespace ContentApi.Text.Serialization;

/// <summary>The JSON contract of a parsed page, shared by <c>contentapi extract</c> and the preview endpoint.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ParsedPage))]
[JsonSerializable(typeof(IReadOnlyList<ReportEntry>))]
[JsonSerializable(typeof(IReadOnlyList<FurnitureLine>))]
public sealed partial class PageJsonContext : JsonSerializerContext
{
    /// <summary>Indented, camelCase, with Chinese written as itself rather than as \u escapes, for people to read.</summary>
    public static PageJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>camelCase on one line: how the parse report and furniture are stored.</summary>
    public static PageJsonContext Compact { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
