using System.Text.Json.Nodes;
using ContentApi.Articles;
using ContentApi.Statistics;
using ContentApi.Text.Statistics;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The closed vocabularies of the query parameters, from the same lists their validators check. A one-value
/// parameter refers to a named enum schema, so that a generated client has one <c>StatisticCategory</c> type for every
/// endpoint rather than an anonymous enum per parameter; a comma-separated list (<c>fields</c>, <c>include</c>) names
/// its allowed entries in its description.
/// </summary>
internal sealed class AllowedValuesFilter : IOperationFilter
{
    private sealed record Vocabulary(Type Model, string Property, IReadOnlyList<string> Values, string? SchemaName = null);

    private static readonly Vocabulary[] Vocabularies =
    [
        new(typeof(ArticleQuery), nameof(ArticleQuery.Sort), ArticleQuery.Sorts, "ArticleSort"),
        new(typeof(ArticleQuery), nameof(ArticleQuery.Category), StatisticCategory.All, nameof(StatisticCategory)),
        new(typeof(ArticleQuery), nameof(ArticleQuery.Fields), ArticleQuery.FieldNames),
        new(typeof(ArticleInclude), nameof(ArticleInclude.Include), ArticleInclude.Names),
        new(typeof(StatisticQuery), nameof(StatisticQuery.Sort), StatisticQuery.Sorts, "StatisticSort"),
        new(typeof(StatisticQuery), nameof(StatisticQuery.Fields), StatisticQuery.FieldNames),
        new(typeof(StatisticFilter), nameof(StatisticFilter.Category), StatisticCategory.All, nameof(StatisticCategory)),
        new(typeof(StatisticFilter), nameof(StatisticFilter.Qualifier), StatisticQualifier.All, nameof(StatisticQualifier)),
        new(typeof(StatisticFilter), nameof(StatisticFilter.Status), StatisticFilter.Statuses, "StatisticStatusFilter"),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (parameter, model, property) in QueryModels.ParametersOf(operation, context))
        {
            var vocabulary = Vocabularies.FirstOrDefault(v => v.Model.IsAssignableFrom(model) && v.Property == property.Name);
            if (vocabulary is null || parameter.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            if (vocabulary.SchemaName is not { } name)
            {
                parameter.Description = $"{parameter.Description} Allowed names: {string.Join(", ", vocabulary.Values)}.".TrimStart();
                continue;
            }

            if (!context.SchemaRepository.Schemas.ContainsKey(name))
            {
                // A reference can carry nothing beside it (OpenAPI 3.0), so the parameter's default moves into the enum.
                context.SchemaRepository.AddDefinition(name, new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = vocabulary.Values.Select(JsonNode (v) => JsonValue.Create(v)).ToList(),
                    Default = schema.Default?.DeepClone(),
                });
            }

            var reference = new OpenApiSchemaReference(name, context.Document);
            if (schema.Type?.HasFlag(JsonSchemaType.Array) == true)
            {
                schema.Items = reference;
            }
            else
            {
                parameter.Schema = reference;
            }
        }
    }
}
