namespace ContentApi.Security;

/// <summary>Limits on the request line that the model validators never see.</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>The longest query string accepted, in characters (414 above it).</summary>
    public int MaxQueryStringLength { get; set; } = 2048;
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

    /// <summary>An overlong query string is refused before any parsing: 414, as problem details.</summary>
    public static IApplicationBuilder UseQueryStringLimit(this IApplicationBuilder app, int maxLength) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.Value?.Length > maxLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status414UriTooLong, Title = "URI Too Long", Detail = $"The query string is longer than {maxLength} characters." },
                });
                return;
            }

            await next();
        });
}
