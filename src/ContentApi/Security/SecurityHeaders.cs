namespace ContentApi.Security;

/// <summary>Limits on the query string that the model validators never see.</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>The longest query string accepted, in characters (414 above it).</summary>
    public int MaxQueryStringLength { get; set; } = 2048;

    /// <summary>The parameters that may be repeated (bound as arrays); every other one may be given once.</summary>
    public static readonly IReadOnlySet<string> Repeatable = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "category" };
}

internal static class SecurityHeaders
{
    // The API serves data, never pages: nothing it returns may run script, be framed, or be sniffed into HTML.
    private const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>nosniff, no framing, no referrer, and a strict CSP on everything but Swagger UI (which needs its scripts).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!context.Request.Path.StartsWithSegments("/swagger"))
            {
                headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
            }

            await next();
        });

    /// <summary>
    /// Refuses, before any binding, a query string that is too long (414), a parameter given twice that takes one
    /// value (400: binding would silently join "1" and "2" into "1,2"), and a NUL character (400: PostgreSQL text
    /// cannot hold it, so it could only fail later).
    /// </summary>
    public static IApplicationBuilder UseQueryStringLimits(this IApplicationBuilder app, int maxLength, IReadOnlySet<string> repeatable) =>
        app.Use(async (context, next) =>
        {
            var query = context.Request.Query;
            if (context.Request.QueryString.Value?.Length > maxLength)
            {
                await RefuseAsync(context, StatusCodes.Status414UriTooLong, "URI Too Long", $"The query string is longer than {maxLength} characters.");
                return;
            }

            if (query.FirstOrDefault(p => p.Value.Count > 1 && !repeatable.Contains(p.Key)) is { Key: not null } repeated)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "Bad Request", $"The parameter {repeated.Key} may be given only once.");
                return;
            }

            if (query.Any(p => p.Key.Contains('\0') || p.Value.Any(v => v?.Contains('\0') == true)))
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "Bad Request", "The query string contains a NUL character.");
                return;
            }

            await next();
        });

    private static Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
