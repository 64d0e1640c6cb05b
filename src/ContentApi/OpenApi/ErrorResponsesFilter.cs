using ContentApi.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The client errors every operation can meet, read from what its endpoint is rather than listed by hand, so that an
/// endpoint added later is described fully with no line of its own: 401/403 when it needs a key, 413/415 when it
/// takes a body, 414 for a query string past the limit (checked before routing, for every path), and 429 unless
/// it is exempt from the request budgets. Those an endpoint declares itself are kept as they are.
/// </summary>
internal sealed class ErrorResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is not { } responses)
        {
            return;
        }

        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            Add(responses, context, StatusCodes.Status401Unauthorized, "Unauthorized: no API key, or one that is unknown or revoked.");
            Add(responses, context, StatusCodes.Status403Forbidden, "Forbidden: the API key lacks the scope this operation needs.");
        }

        if (operation.RequestBody is not null)
        {
            Add(responses, context, StatusCodes.Status413PayloadTooLarge, "Content Too Large: the body is over the limit.");
            Add(responses, context, StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type: the body's Content-Type is not one this operation reads.");
        }

        Add(responses, context, StatusCodes.Status414UriTooLong, "URI Too Long: the query string is over `RequestLimits:MaxQueryStringLength`.");
        var path = "/" + context.ApiDescription.RelativePath?.Split('?')[0];
        if (!metadata.OfType<DisableRateLimitingAttribute>().Any() && RateLimiting.Limits(path))
        {
            Add(responses, context, StatusCodes.Status429TooManyRequests, "Too Many Requests: the client's request budget is spent; `Retry-After` says when to try again.");
        }
    }

    private static void Add(OpenApiResponses responses, OperationFilterContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (responses.ContainsKey(key))
        {
            return;
        }

        var schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }
}
