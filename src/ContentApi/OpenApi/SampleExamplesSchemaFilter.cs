using ContentApi.Documents;
using ContentApi.Places;
using ContentApi.Series;
using ContentApi.Statistics;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>Puts the sample page's examples on the schemas of a statistic, a document request, a metric, a place and a series.</summary>
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
        else if (context.Type == typeof(MetricSummary))
        {
            concrete.Example = SampleExamples.MetricSummary();
        }
        else if (context.Type == typeof(PlaceCount))
        {
            concrete.Example = SampleExamples.PlaceCount();
        }
        else if (context.Type == typeof(SeriesResponse))
        {
            concrete.Example = SampleExamples.Series();
        }
    }
}
