using System.Security.Cryptography;
using System.Text;
using ContentApi.Replicas;
using ContentApi.Telemetry;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Caching;

/// <summary>
/// ETags and 304s for every GET of the API. The ETag is the content version and a hash of the request's URL and
/// representation (Accept), so it is known before any query runs: a matching If-None-Match is answered 304 without
/// touching the data, and two instances give the same ETag for the same data.
/// </summary>
internal sealed class ConditionalGetFilter(ContentVersion version, ContentMetrics metrics) : IEndpointFilter
{
    // Short enough that a CDN in front shows a new ingest within half a minute; revalidation is a cheap 304.
    private const string CacheControl = "public, max-age=30";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return await next(context);
        }

        var etag = $"W/\"{await version.CurrentAsync(http.RequestAborted)}-{RequestHash(http.Request)}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        // X-Min-Data-Version too: a CDN or browser must not answer a read-your-writes request with a copy cached without it.
        headers.Vary = "Accept, Accept-Encoding, " + DataVersionHeaders.MinDataVersion;
        // A reader of its own write may hold a copy whose ETag matches a version this instance has not moved past yet.
        if (!http.ReadsOwnWrite() && Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            metrics.NotModified();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var result = await next(context);
        if ((result is INestedHttpResult nested ? nested.Result : result) is IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            headers.Remove(HeaderNames.ETag);
            headers.CacheControl = "no-store";
        }

        return result;
    }

    private static string RequestHash(HttpRequest request)
    {
        var key = request.Path.Value + request.QueryString.Value + "|" + request.Headers.Accept;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x" and W/"x".
        var opaque = etag[2..];
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.ToString() == opaque);
    }
}
