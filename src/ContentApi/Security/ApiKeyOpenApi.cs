using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Security;

/// <summary>
/// Declares the API-key scheme in the OpenAPI document (so Swagger UI has an Authorize button and generated clients
/// know to send the key) and marks exactly the operations that need a key (their 401/403 answers come from <see cref="SecuritySetup.RequireScopes"/>).
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
        options.OperationFilter<ApiKeyOpenApi>();
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        if (policies.Count == 0)
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [.. policies.OfType<string>()] }];
    }
}
