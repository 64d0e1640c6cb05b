using ContentApi.Statistics;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>A CSV answer is text, not the JSON envelope the endpoint's typed result declares for every media type.</summary>
internal sealed class CsvResponseFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
        {
            if (response.Content?.TryGetValue(StatisticsCsv.MediaType, out var csv) == true && csv is OpenApiMediaType mediaType)
            {
                mediaType.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "RFC 4180 CSV in UTF-8 with a byte-order mark: a header row, then one row per statistic with the JSON item's fields, provenance flattened.",
                };
            }
        }
    }
}
