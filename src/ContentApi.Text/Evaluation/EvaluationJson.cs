using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Text.Evaluation;

/// <summary>The JSON of <c>contentapi evaluate --json</c>: every page's counts, figures and lines, the total and the floors.</summary>
[JsonSerializable(typeof(CorpusEvaluation))]
public sealed partial class EvaluationJsonContext : JsonSerializerContext
{
    /// <summary>Indented camelCase with Chinese written as itself, for scripts and for people.</summary>
    public static EvaluationJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
