using System.Text.Json.Nodes;
using ContentApi.Articles;
using ContentApi.Statistics;
using ContentApi.Text.Statistics;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The closed vocabularies of the query parameters, from the same lists their validators check: a one-value parameter
/// gets an <c>enum</c>, a comma-separated list (<c>fields</c>, <c>include</c>) names its allowed entries in its description.
/// </summary>
internal sealed class AllowedValuesFilter : IOperationFilter
{
    private sealed record Vocabulary(Type Model, string Property, IReadOnlyList<string> Values, bool CommaSeparated = false);

    private static readonly Vocabulary[] Vocabularies =
    [
        new(typeof(ArticleQuery), nameof(ArticleQuery.Sort), ArticleQuery.Sorts),
        new(typeof(ArticleQuery), nameof(ArticleQuery.Category), StatisticCategory.All),
        new(typeof(ArticleQuery), nameof(ArticleQuery.Fields), ArticleQuery.FieldNames, CommaSeparated: true),
        new(typeof(ArticleInclude), nameof(ArticleInclude.Include), ArticleInclude.Names, CommaSeparated: true),
        new(typeof(StatisticQuery), nameof(StatisticQuery.Sort), StatisticQuery.Sorts),
        new(typeof(StatisticQuery), nameof(StatisticQuery.Fields), StatisticQuery.FieldNames, CommaSeparated: true),
        new(typeof(StatisticFilter), nameof(StatisticFilter.Category), StatisticCategory.All),
        new(typeof(StatisticFilter), nameof(StatisticFilter.Qualifier), StatisticQualifier.All),
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

            if (vocabulary.CommaSeparated)
            {
                parameter.Description = $"{parameter.Description} Allowed names: {string.Join(", ", vocabulary.Values)}.".TrimStart();
                continue;
            }

            // A repeatable parameter lists its vocabulary on its items.
            var values = schema.Items as OpenApiSchema ?? schema;
            values.Enum = vocabulary.Values.Select(JsonNode (v) => JsonValue.Create(v)).ToList();
        }
    }
}
