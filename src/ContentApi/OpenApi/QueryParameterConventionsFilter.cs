using System.Globalization;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Query parameters as clients write them: camelCase, as in the README and the <c>Link</c> headers (the binder ignores
/// case), and a repeatable parameter (<c>category</c>) as a form-style exploded array: <c>category=a&amp;category=b</c>.
/// A maximum that is only the 64-bit type's own limit (<c>[Range(1, long.MaxValue)]</c>) is dropped: written as a
/// double it is not even that number, and <c>format: int64</c> already says it.
/// </summary>
internal sealed class QueryParameterConventionsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            if (parameter.Schema?.Type is { } type && type.HasFlag(JsonSchemaType.Array))
            {
                parameter.Style = ParameterStyle.Form;
                parameter.Explode = true;
            }

            if (parameter.Schema is OpenApiSchema { Format: "int64", Maximum: not null } schema && double.Parse(schema.Maximum, CultureInfo.InvariantCulture) >= long.MaxValue)
            {
                schema.Maximum = null;
            }
        }
    }
}
