using ContentApi.Caching;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The response headers a client acts on: <c>ETag</c> of every GET, <c>X-Total-Count</c> and <c>Link</c> of the
/// lists, <c>Location</c> of a created document, <c>X-Data-Version</c> of the writes.
/// </summary>
internal sealed class ResponseHeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is not { } responses)
        {
            return;
        }

        var method = context.ApiDescription.HttpMethod!;
        if (responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse && HttpMethods.IsGet(method))
        {
            Add(okResponse, "ETag", "The representation's version; send it as `If-None-Match` to get a 304 while it is current.", JsonSchemaType.String);
            if (QueryModels.QueryParameter(operation, "pageSize") is not null)
            {
                Add(okResponse, "X-Total-Count", "The number of items under the filters, across all pages.", JsonSchemaType.Integer, "int64");
            }

            if (QueryModels.QueryParameter(operation, "cursor") is not null)
            {
                Add(okResponse, "Link", "RFC 8288 links to the next page (by cursor) and the previous page (by number), when there are such pages.", JsonSchemaType.String);
            }
        }

        if (responses.TryGetValue("201", out var created) && created is OpenApiResponse createdResponse)
        {
            Add(createdResponse, "Location", "The new document's URL.", JsonSchemaType.String, "uri-reference");
        }

        if (HttpMethods.IsDelete(method) || (HttpMethods.IsPost(method) && responses.ContainsKey("201")))
        {
            foreach (var response in responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value).OfType<OpenApiResponse>())
            {
                Add(response, DataVersionHeaders.DataVersion, "The position of the write's commit in the database's log.", JsonSchemaType.String);
            }
        }
    }

    private static void Add(OpenApiResponse response, string name, string description, JsonSchemaType type, string? format = null)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type, Format = format } };
    }
}
