using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The bodies of <c>POST /documents</c> and <c>/documents/preview</c>, which the handler reads by hand: JSON
/// <c>DocumentRequest</c>, or the bare page as <c>text/plain</c>, <c>text/html</c> or <c>application/pdf</c> with its
/// metadata in the query string. Also
/// documents <c>explain</c> of the preview.
/// </summary>
internal sealed class DocumentBodyFilter : IOperationFilter
{
    private const string PlainText = "text/plain";
    private const string HtmlPage = "text/html";
    private const string PdfPage = "application/pdf";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is not OpenApiRequestBody { Content: { } content } body || !content.ContainsKey(PlainText))
        {
            return;
        }

        body.Description = "The page: as JSON with its metadata, or as the bare UTF-8 text, HTML page or PDF with the metadata in the query string.";
        content[PlainText] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The page's plain text, exactly as received (UTF-8)." },
            Example = SampleExamples.PageExcerpt,
        };
        content[HtmlPage] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A web page; its article's text is read out (navigation, ads and footers left out). The charset comes from the page's meta tag, else UTF-8." },
        };
        content[PdfPage] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "A PDF with a text layer (an e-paper page); its text is read in reading order, column by column. Not encrypted; at most `Ingest:MaxPdfPages` pages and `Ingest:MaxPdfBytes` bytes." },
        };

        operation.Parameters ??= [];
        AddMetadataParameter(operation, "source", "With a bare page: who published the page, e.g. the paper's name.", new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 }, SampleExamples.Source);
        AddMetadataParameter(operation, "sourceUrl", "With a bare page: where the page was published (http or https).", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" }, null);
        AddMetadataParameter(operation, "publishedOn", "With a bare page: the publication date, as YYYY-MM-DD.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }, "2024-01-05");

        if (QueryModels.QueryParameter(operation, "explain") is { } explain)
        {
            explain.Description = "With true, `mentions` lists every number in the text with the decision taken on it and the rule that decided.";
            if (explain.Schema is OpenApiSchema schema)
            {
                schema.Default = false;
            }
        }
    }

    private static void AddMetadataParameter(OpenApiOperation operation, string name, string description, OpenApiSchema schema, string? example) =>
        operation.Parameters!.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Query,
            Description = description,
            Schema = schema,
            Example = example is null ? null : JsonValue.Create(example),
        });
}
