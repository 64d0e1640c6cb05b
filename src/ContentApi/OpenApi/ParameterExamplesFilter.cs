using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>Examples for the query parameters, with values that find something in the sample page.</summary>
internal sealed class ParameterExamplesFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["q"] = "\"志愿者\"",
        ["metric"] = "\"志愿者\"",
        ["unit"] = "\"人\"",
        ["source"] = $"\"{SampleExamples.Source}\"",
        ["category"] = "[\"volunteers\"]",
        ["qualifier"] = "\"exact\"",
        ["minValue"] = "1000",
        ["maxValue"] = "100000",
        ["publishedFrom"] = "\"2024-01-01\"",
        ["publishedTo"] = "\"2024-01-31\"",
        ["place"] = "\"120106\"",
        ["year"] = "2023",
        ["periodFrom"] = "\"2023-01-01\"",
        ["periodTo"] = "\"2023-12-31\"",
        ["metricKey"] = "\"注册志愿者\"",
        ["view"] = "\"tree\"",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            if (Examples.TryGetValue(parameter.Name!, out var json))
            {
                // The article filter takes one category, the statistics filters an array of them.
                var example = JsonNode.Parse(json)!;
                parameter.Example = example is JsonArray array && parameter.Schema?.Type?.HasFlag(JsonSchemaType.Array) != true ? array[0]!.DeepClone() : example;
            }
        }
    }
}
