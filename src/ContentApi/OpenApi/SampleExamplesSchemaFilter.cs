using ContentApi.Documents;
using ContentApi.Statistics;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>Puts the sample page's examples on the schemas of a statistic and of a document request.</summary>
internal sealed class SampleExamplesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (context.Type == typeof(StatisticDto))
        {
            concrete.Example = SampleExamples.Statistic();
        }
        else if (context.Type == typeof(DocumentRequest))
        {
            concrete.Example = SampleExamples.DocumentRequest();
        }
    }
}
