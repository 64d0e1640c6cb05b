using ContentApi.Data;
using ContentApi.Data.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContentApi.Security;

/// <summary>Who may call what.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>When true, reads need a key with the read scope too; by default they are anonymous.</summary>
    public bool RequireKeyForReads { get; set; }
}

internal static class SecuritySetup
{
    public const string WritePolicy = "write";
    public const string ReadPolicy = "read";

    public static IServiceCollection AddContentSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        services.AddSingleton(sp => new ApiKeyStore(sp.GetRequiredService<ContentDataSources>().Write, sp.GetRequiredService<ContentDataSources>().Read));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        // An admin key may do everything; a write key may also read.
        services.AddAuthorizationBuilder()
            .AddPolicy(WritePolicy, policy => policy.RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiKeyScopes.Write, ApiKeyScopes.Admin))
            .AddPolicy(ReadPolicy, policy => policy.RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiKeyScopes.Read, ApiKeyScopes.Write, ApiKeyScopes.Admin));
        return services;
    }

    /// <summary>
    /// Every POST and DELETE of the group needs the write scope; GETs need the read scope only when configured.
    /// Decided per endpoint from its HTTP method, so a new endpoint cannot be added unprotected by forgetting it.
    /// </summary>
    public static RouteGroupBuilder RequireScopes(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            var keyForReads = endpoint.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireKeyForReads;
            var methods = endpoint.Metadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().SelectMany(m => m.HttpMethods);
            var writes = methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE");
            var policy = writes ? WritePolicy : keyForReads ? ReadPolicy : null;
            if (policy is null)
            {
                return;
            }

            endpoint.Metadata.Add(new AuthorizeAttribute(policy));
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]));
        });
        return group;
    }
}
