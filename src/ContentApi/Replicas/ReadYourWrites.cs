using System.Text.RegularExpressions;
using ContentApi.Caching;
using NpgsqlTypes;

namespace ContentApi.Replicas;

/// <summary>A request's <c>X-Min-Data-Version</c>: the WAL position its reads must have seen.</summary>
public sealed record RequestedDataVersion(NpgsqlLogSequenceNumber Position);

/// <summary>
/// Reads <c>X-Min-Data-Version</c> before the output cache looks for a response: a malformed value is a 400, a
/// valid one travels with the request as a <see cref="RequestedDataVersion"/>.
/// </summary>
internal sealed partial class ReadYourWritesMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers[DataVersionHeaders.MinDataVersion];
        if (header.Count == 0)
        {
            return next(context);
        }

        if (header.Count > 1 || header[0] is not { } value || !WalPosition().IsMatch(value) || !NpgsqlLogSequenceNumber.TryParse(value, out var position))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [DataVersionHeaders.MinDataVersion] = ["Must be one WAL position as X-Data-Version gives it, such as 0/16B3748."],
            }).ExecuteAsync(context);
        }

        context.Features.Set(new RequestedDataVersion(position));
        return next(context);
    }

    // PostgreSQL's text form of pg_lsn: two hexadecimal halves of 32 bits each.
    [GeneratedRegex("^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$")]
    private static partial Regex WalPosition();
}

public static class ReadYourWrites
{
    /// <summary>Reads <c>X-Min-Data-Version</c>; goes before the output cache, which must not answer a request that wants newer data.</summary>
    public static IApplicationBuilder UseReadYourWrites(this IApplicationBuilder app) => app.UseMiddleware<ReadYourWritesMiddleware>();

    /// <summary>
    /// Whether the request reads its own write. Such a read is never answered from the output cache or with a 304:
    /// a cached response does not record the WAL position it was read at, and one stored by a read that was under
    /// way while the write's notification arrived can be older than the instance's own position.
    /// </summary>
    public static bool ReadsOwnWrite(this HttpContext context) => context.Features.Get<RequestedDataVersion>() is not null;
}
