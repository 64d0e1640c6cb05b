using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

internal static class HealthEndpoints
{
    public static IServiceCollection AddContentHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseProbe>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: it can also reach PostgreSQL.
    /// <c>/health/database</c>: which server answers reads and which writes.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithTags("Health").WithSummary("Liveness: the process is up.").DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .WithTags("Health").WithSummary("Readiness: the service can reach its database.").DisableRateLimiting();
        app.MapGet("/health/database", GetDatabaseStatus)
            .WithName("GetDatabaseStatus").WithTags("Health").DisableRateLimiting()
            .WithSummary("Which servers answer reads and writes")
            .WithDescription("For the read and the write connection: whether the server answered, `inRecovery` (true: a standby), and its address and port. Reads on a standby show `inRecovery: true`; after a failover, the server that took over.");
        return app;
    }

    private static async Task<Ok<DatabaseStatus>> GetDatabaseStatus(DatabaseProbe probe, HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await probe.ProbeAsync(cancellationToken));
    }

    /// <summary>Ready while reads can be served; without the primary only writes fail, so the instance is degraded, still in rotation.</summary>
    private sealed class DatabaseHealthCheck(DatabaseProbe probe) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var status = await probe.ProbeAsync(cancellationToken);
            return (status.Read.Reachable, status.Write.Reachable) switch
            {
                (true, true) => HealthCheckResult.Healthy(),
                (true, false) => HealthCheckResult.Degraded("The primary cannot be reached: reads are served, writes are not."),
                _ => HealthCheckResult.Unhealthy("The database cannot be reached."),
            };
        }
    }
}
