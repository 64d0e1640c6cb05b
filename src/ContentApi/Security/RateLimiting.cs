using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ContentApi.Telemetry;
using Microsoft.Extensions.Options;

namespace ContentApi.Security;

/// <summary>A budget: so many requests per window.</summary>
public sealed class RateBudget
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>The request budgets, per client: reads and writes apart, so a burst of ingests cannot starve readers.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public RateBudget Reads { get; set; } = new() { PermitLimit = 600 };

    public RateBudget Writes { get; set; } = new() { PermitLimit = 60 };
}

/// <summary>
/// ASP.NET's rate limiter with fixed windows partitioned by client: the API key when one is sent (hashed, so the
/// partition key reveals nothing), else the client's address. Every answer carries RateLimit-Limit,
/// RateLimit-Remaining and RateLimit-Reset; a 429 also Retry-After, as problem details. Partitions live in this
/// process: with several instances each enforces its own budget (see docs/scaling.md).
/// </summary>
internal static class RateLimiting
{
    private static readonly string[] Unlimited = ["/health", "/swagger", "/metrics"];

    public static IServiceCollection AddContentRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName)
            .Validate(o => o.Reads.PermitLimit > 0 && o.Writes.PermitLimit > 0 && o.Reads.WindowSeconds > 0 && o.Writes.WindowSeconds > 0,
                "Rate limits and windows must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => CreateLimiter(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = new SharedLimiter();
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var budgets = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                http.RequestServices.GetRequiredService<ContentMetrics>().RateLimited(write: ReferenceEquals(BudgetOf(http, budgets), budgets.Writes));
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers["RateLimit-Reset"] = retryAfter.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too Many Requests", Detail = $"The request budget is spent; try again in {retryAfter} s." },
                });
            };
        });
        return services;
    }

    /// <summary>Writes the RateLimit-* headers of the request's partition, once the limiter has let it through.</summary>
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limiter = context.RequestServices.GetRequiredService<PartitionedRateLimiter<HttpContext>>();
            var budget = BudgetOf(context, context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
            if (budget is not null)
            {
                context.Response.OnStarting(() =>
                {
                    var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
                    var headers = context.Response.Headers;
                    headers["RateLimit-Limit"] = budget.PermitLimit.ToString(CultureInfo.InvariantCulture);
                    headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
                    if (!headers.ContainsKey("RateLimit-Reset"))
                    {
                        headers["RateLimit-Reset"] = budget.WindowSeconds.ToString(CultureInfo.InvariantCulture);
                    }

                    return Task.CompletedTask;
                });
            }

            await next();
        });

    private static PartitionedRateLimiter<HttpContext> CreateLimiter(RateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var budget = BudgetOf(context, options);
            if (budget is null)
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            var kind = ReferenceEquals(budget, options.Writes) ? "w" : "r";
            return RateLimitPartition.GetFixedWindowLimiter(kind + ":" + ClientOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = budget.PermitLimit,
                Window = TimeSpan.FromSeconds(budget.WindowSeconds),
                QueueLimit = 0,
            });
        });

    /// <summary>Whether requests to <paramref name="path"/> spend a budget at all (the OpenAPI document's 429s follow it).</summary>
    public static bool Limits(PathString path) => !Unlimited.Any(prefix => path.StartsWithSegments(prefix));

    private static RateBudget? BudgetOf(HttpContext context, RateLimitOptions options)
    {
        if (!Limits(context.Request.Path))
        {
            return null;
        }

        return HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            ? options.Reads
            : options.Writes;
    }

    private static string ClientOf(HttpContext context) =>
        ApiKeyAuthenticationHandler.KeyOf(context.Request) is { } key
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12))
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Hands the middleware the one limiter the headers also read, resolved once the services exist.</summary>
    private sealed class SharedLimiter : PartitionedRateLimiter<HttpContext>
    {
        private PartitionedRateLimiter<HttpContext>? _inner;

        private PartitionedRateLimiter<HttpContext> Inner(HttpContext context) =>
            _inner ??= context.RequestServices.GetRequiredService<PartitionedRateLimiter<HttpContext>>();

        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => Inner(resource).GetStatistics(resource);

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) => Inner(resource).AttemptAcquire(resource, permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            Inner(resource).AcquireAsync(resource, permitCount, cancellationToken);
    }
}
