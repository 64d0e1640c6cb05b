using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Fits the statuses the route groups declare for all their endpoints to each one: 304 for every GET (the ETag filter
/// answers If-None-Match), 400 only where there is input to reject (query parameters or a body), 404 only where an
/// id in the path can miss.
/// </summary>
internal sealed class StatusResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is not { } responses)
        {
            return;
        }

        var parameters = operation.Parameters ?? [];
        if (!parameters.Any(p => p.In == ParameterLocation.Query) && operation.RequestBody is null)
        {
            responses.Remove("400");
        }

        if (!parameters.Any(p => p.In == ParameterLocation.Path))
        {
            responses.Remove("404");
        }

        if (HttpMethods.IsGet(context.ApiDescription.HttpMethod!))
        {
            responses["304"] = new OpenApiResponse { Description = "Not Modified: the `If-None-Match` ETag is still current; no body." };
        }
    }
}
