using ContentApi.Caching;
using ContentApi.Documents;
using ContentApi.Security;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Http;

internal static class EndpointConventions
{
    /// <summary>
    /// What every API group carries: API-key scopes for writes, validation of its query models, ETags with 304s on
    /// GET, and the problem responses any endpoint may give (400 invalid input, 404, 429, 503 database unavailable).
    /// </summary>
    public static RouteGroupBuilder WithContentConventions(this RouteGroupBuilder group)
    {
        group.RequireScopes();
        group.AddEndpointFilter<ValidationFilter>();
        group.AddEndpointFilter<ConditionalGetFilter>();
        group.ProducesValidationProblem();
        group.ProducesProblem(StatusCodes.Status404NotFound);
        group.ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    /// <summary>Declares the bodies an ingest accepts, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder AcceptsDocument(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new AcceptsMetadata(["application/json", "text/plain", "text/html", "application/pdf"], typeof(DocumentRequest)));
}
