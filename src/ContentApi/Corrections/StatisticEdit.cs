using System.Text.Json;
using ContentApi.Data.Corrections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Corrections;

/// <summary>
/// What an editor sent: values of editable fields by name (a JSON null removes an optional one), an optional reason,
/// and, for an added figure, its span.
/// </summary>
internal sealed record StatisticEdit(IReadOnlyDictionary<string, object?> Fields, string? Reason, int? Start, int? End);

/// <summary>A body read: the edit, or why there is none (400 with errors per field, or another problem: 413, 415).</summary>
internal sealed record StatisticEditInput(StatisticEdit? Edit = null, ValidationProblem? Invalid = null, ProblemHttpResult? Problem = null);

/// <summary>
/// Reads a JSON Merge Patch (RFC 7396) of a statistic, or the body of an added figure, strictly: a field that is not
/// editable, read-only or unknown, or a value of the wrong JSON type, is an error for that field, never ignored.
/// The errors are per field, as validation errors are.
/// </summary>
internal static class StatisticEditReader
{
    public const string MergePatch = "application/merge-patch+json";

    // A patch names a few short fields; anything much larger is not one.
    private const int MaxBodyBytes = 64 * 1024;

    public const string ReasonField = "reason";
    public const string StartField = "start";
    public const string EndField = "end";

    public static async Task<StatisticEditInput> ReadAsync(HttpRequest request, string mediaType, bool withSpan, CancellationToken cancellationToken)
    {
        if (!MediaTypeIs(request, mediaType))
        {
            return new(Problem: TypedResults.Problem($"Send the body as {mediaType}.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type"));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return new(Problem: TypedResults.Problem($"The body must be at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Content Too Large"));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 8 }, cancellationToken);
        }
        catch (JsonException)
        {
            return Invalid("body", "The body is not valid JSON.");
        }

        using (document)
        {
            return Read(document.RootElement, withSpan);
        }
    }

    private static StatisticEditInput Read(JsonElement root, bool withSpan)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid("body", "The body must be a JSON object of the fields to change.");
        }

        var errors = new Dictionary<string, string[]>();
        var fields = new Dictionary<string, object?>();
        string? reason = null;
        int? start = null, end = null;
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            if (fields.ContainsKey(name) || (name == ReasonField && reason is not null))
            {
                errors[name] = [$"{name} is given twice."];
            }
            else if (name == ReasonField)
            {
                reason = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Null => null,
                    _ => Error(errors, name, "reason must be a string."),
                };
            }
            else if (withSpan && name is StartField or EndField)
            {
                int? offset = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
                if (offset is null)
                {
                    errors[name] = [$"{name} must be an integer offset into the page."];
                }

                (start, end) = name == StartField ? (offset, end) : (start, offset);
            }
            else if (EditableFields.Find(name) is { } field)
            {
                if (ValueOf(field, value, out var error) is var parsed && error is null)
                {
                    fields[name] = parsed;
                }
                else
                {
                    errors[name] = [error];
                }
            }
            else
            {
                errors[name] = [EditableFields.ReadOnly.Contains(name)
                    ? $"{name} is read-only."
                    : $"{name} is not a field an editor may set; editable: {string.Join(", ", EditableFields.All.Select(f => f.Name))}."];
            }
        }

        if (withSpan)
        {
            foreach (var (name, offset) in new[] { (StartField, start), (EndField, end) })
            {
                if (offset is null && !errors.ContainsKey(name))
                {
                    errors[name] = [$"{name} is required: the figure's offset in the page."];
                }
            }
        }

        return errors.Count > 0 ? new(Invalid: TypedResults.ValidationProblem(errors)) : new(new StatisticEdit(fields, reason, start, end));
    }

    private static object? ValueOf(EditableField field, JsonElement value, out string? error)
    {
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            error = field.Nullable ? null : $"{field.Name} cannot be removed.";
            return null;
        }

        switch (field.Kind)
        {
            case EditableFieldKind.Number when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number):
                return number;
            case EditableFieldKind.Number:
                error = $"{field.Name} must be a number.";
                return null;
            case EditableFieldKind.Text or EditableFieldKind.Choice when value.ValueKind == JsonValueKind.String:
                return value.GetString();
            default:
                error = $"{field.Name} must be a string.";
                return null;
        }
    }

    private static string? Error(Dictionary<string, string[]> errors, string name, string message)
    {
        errors[name] = [message];
        return null;
    }

    private static StatisticEditInput Invalid(string key, string message) => new(Invalid: TypedResults.ValidationProblem(new Dictionary<string, string[]> { [key] = [message] }));

    private static bool MediaTypeIs(HttpRequest request, string mediaType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
