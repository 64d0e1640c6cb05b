using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Security;

/// <summary>
/// Declares the API-key scheme in the OpenAPI document (so Swagger UI has an Authorize button and generated clients
/// know to send the key) and names it as the document's default; every operation then says what it needs, from its
/// endpoint's authorization metadata: the key's scopes, or <c>security: []</c> for an open one (their 401/403
/// answers come from <see cref="SecuritySetup.RequireScopes"/>). Decided per endpoint, so a new endpoint is described
/// as it is protected without any line of its own.
/// </summary>
internal sealed class ApiKeyOpenApi : IOperationFilter
{
    public const string SchemeName = "ApiKey";

    public static void AddTo(SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key made with `contentapi keys create`, sent as `Authorization: Bearer <key>` (or in the `X-Api-Key` header). Writes need the write scope; reads need none unless the deployment requires a read key.",
        });
        options.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        options.OperationFilter<ApiKeyOpenApi>();
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        if (policies.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            // Open: an empty list overrides the document's default requirement.
            operation.Security = [];
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [.. policies.OfType<string>()] }];
    }
}
