using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Marks required each property of our models that is never null: the JSON always carries it (nulls are written,
/// not omitted), so a generated client need not guard it. Nullable ones stay optional and nullable. Framework types
/// (problem details) are left as they are: their shape varies with the problem.
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || context.Type.Namespace?.StartsWith(nameof(ContentApi), StringComparison.Ordinal) != true)
        {
            return;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (concrete.Properties.ContainsKey(name) && !property.IsDefined(typeof(JsonIgnoreAttribute)) && nullability.Create(property).ReadState == NullabilityState.NotNull)
            {
                concrete.Required ??= new SortedSet<string>(StringComparer.Ordinal);
                concrete.Required.Add(name);
            }
        }
    }
}
