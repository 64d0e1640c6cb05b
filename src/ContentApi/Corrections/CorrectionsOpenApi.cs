using System.Text.Json.Nodes;
using ContentApi.Caching;
using ContentApi.Data.Corrections;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Corrections;

/// <summary>
/// Describes what the correction handlers read by hand: the merge-patch body of <c>PatchStatistic</c> and the body of
/// <c>AddStatistic</c> (both schemas made from <see cref="EditableFields"/>, so a new editable field appears here by
/// itself), the <c>If-Match</c> header a patch needs, the statistic's own <c>ETag</c>, and examples of the 412 and 428
/// answers. Registered before the filter that drops 400 from operations without input.
/// </summary>
internal sealed class CorrectionsOpenApi : IOperationFilter
{
    public const string PatchSchema = "StatisticPatch";
    public const string NewStatisticSchema = "NewStatistic";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        switch (operation.OperationId)
        {
            case "PatchStatistic":
                operation.RequestBody = Body(context, PatchSchema, StatisticEditReader.MergePatch, PatchSchemaOf(), new JsonObject { ["metric"] = "志愿者人数", ["reason"] = "the extractor took the ranking for the metric" },
                    "A JSON Merge Patch (RFC 7396): the fields to change, `null` to remove an optional one (`valueMax`), and an optional `reason` kept in the revision.");
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "The statistic's current `ETag`, as GET /api/v1/statistics/{id} or the last PATCH answered it.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create("\"12345-1\""),
                });
                Example(operation, "412", "Precondition Failed", "Statistic 12345 has changed since the version If-Match names; its current ETag is in the ETag header. GET it, check the change, and patch again.");
                Example(operation, "428", "Precondition Required", "Send the statistic's ETag (from GET /api/v1/statistics/12345) as If-Match: a correction never overwrites a version its editor has not seen.");
                AddETag(operation, "200", "The statistic's new version: the `If-Match` of a further patch.");
                AddETag(operation, "412", "The statistic's current version.");
                AddHeader(operation, "200", DataVersionHeaders.DataVersion, "The position of the write's commit in the database's log.");
                break;
            case "ReextractDocument":
                if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == "dryRun") is { } dryRun)
                {
                    dryRun.Description = "With true, report what re-extraction would change and write nothing.";
                }

                AddHeader(operation, "200", DataVersionHeaders.DataVersion, "The position of the write's commit in the database's log (not sent by a dry run).");
                break;
            case "AddStatistic":
                operation.RequestBody = Body(context, NewStatisticSchema, "application/json", NewStatisticSchemaOf(),
                    new JsonObject { ["start"] = 1203, ["end"] = 1208, ["metric"] = "参与群众", ["category"] = "participants", ["reason"] = "missed by the extractor" },
                    "The figure's span in the page and what it counts; value, range, unit and qualifier default to what the text there reads as.");
                AddETag(operation, "201", "The new statistic's version: the `If-Match` of a patch.");
                break;
            case "GetStatistic":
                AddETag(operation, "200", "The statistic's own version (its id and row version): send it as `If-Match` to patch it, or as `If-None-Match` for a 304.");
                break;
        }
    }

    private static OpenApiRequestBody Body(OperationFilterContext context, string name, string mediaType, OpenApiSchema schema, JsonObject example, string description)
    {
        if (!context.SchemaRepository.Schemas.ContainsKey(name))
        {
            context.SchemaRepository.AddDefinition(name, schema);
        }

        return new OpenApiRequestBody
        {
            Required = true,
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [mediaType] = new() { Schema = new OpenApiSchemaReference(name, context.Document), Example = example },
            },
        };
    }

    private static OpenApiSchema PatchSchemaOf()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            // Every field may be left out, and a client that leaves out what it sets to null sends exactly a merge patch;
            // hence nullable, though null removes only what the statistic may lack (valueMax): on any other field it is a 400.
            Description = "The fields of a statistic an editor may change; any other field is refused. A field left out is unchanged; null removes `valueMax` and is refused for the others.",
            AdditionalPropertiesAllowed = false,
            Properties = new Dictionary<string, IOpenApiSchema>(),
        };
        foreach (var field in EditableFields.All)
        {
            schema.Properties[field.Name] = FieldSchema(field);
        }

        schema.Properties[StatisticEditReader.ReasonField] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MinLength = 1,
            MaxLength = 1000,
            Description = "Why the change was made; kept in the revision.",
        };
        return schema;
    }

    private static OpenApiSchema NewStatisticSchemaOf()
    {
        var schema = PatchSchemaOf();
        schema.Description = "A figure the extractor missed: its span in the page and the fields an editor gives.";
        schema.Properties![StatisticEditReader.StartField] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "Offset of the figure's first character in the page's raw text." };
        schema.Properties[StatisticEditReader.EndField] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "Offset just past the figure's last character." };
        schema.Required = new HashSet<string> { StatisticEditReader.StartField, StatisticEditReader.EndField, "metric", "category" };
        foreach (var required in schema.Required.Select(name => schema.Properties[name]).OfType<OpenApiSchema>())
        {
            required.Type &= ~JsonSchemaType.Null;
        }

        return schema;
    }

    private static OpenApiSchema FieldSchema(EditableField field)
    {
        const JsonSchemaType nullable = JsonSchemaType.Null;
        return field.Kind switch
        {
            EditableFieldKind.Number => new OpenApiSchema
            {
                Type = JsonSchemaType.Number | nullable,
                Format = "double",
                Description = $"A number between -{StatisticFieldsValidator.MaxMagnitude:0} and {StatisticFieldsValidator.MaxMagnitude:0}.",
            },
            EditableFieldKind.Choice => new OpenApiSchema
            {
                Type = JsonSchemaType.String | nullable,
                Enum = field.Choices!.Select(JsonNode (v) => JsonValue.Create(v)).ToList(),
            },
            _ => new OpenApiSchema { Type = JsonSchemaType.String | nullable, MinLength = field.MinLength, MaxLength = field.MaxLength },
        };
    }

    private static void Example(OpenApiOperation operation, string status, string title, string detail)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse { Content: { } content })
        {
            foreach (var mediaType in content.Values.OfType<OpenApiMediaType>())
            {
                mediaType.Example = new JsonObject
                {
                    ["type"] = status == "412" ? "https://tools.ietf.org/html/rfc9110#section-15.5.13" : "https://tools.ietf.org/html/rfc6585#section-3",
                    ["title"] = title,
                    ["status"] = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
                    ["detail"] = detail,
                };
            }
        }
    }

    private static void AddETag(OpenApiOperation operation, string status, string description) => AddHeader(operation, status, "ETag", description);

    private static void AddHeader(OpenApiOperation operation, string status, string name, string description)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse concrete)
        {
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
    }
}
