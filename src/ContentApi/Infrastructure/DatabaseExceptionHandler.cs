using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace ContentApi.Infrastructure;

/// <summary>
/// Turns database failures into problem details a client can act on: an unreachable or overloaded database, or a
/// write rolled back for a concurrent one, is a 503 with Retry-After (try again), a unique violation a 409. Nothing
/// of the exception reaches the client.
/// </summary>
internal sealed class DatabaseExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => (StatusCodes.Status409Conflict, "The resource already exists."),
            PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } => (StatusCodes.Status503ServiceUnavailable, "The database took too long to answer."),
            PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } => (StatusCodes.Status503ServiceUnavailable, "The database cannot take writes now."),
            // Two writers that each waited for the other (docs/operations.md, "Tables kept by triggers"): PostgreSQL
            // rolled this one back whole, so the same request can be sent again.
            PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }
                => (StatusCodes.Status503ServiceUnavailable, "The write met a concurrent one and was rolled back; nothing was stored. Send it again."),
            PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57", StringComparison.Ordinal)
                => (StatusCodes.Status503ServiceUnavailable, "The database is unavailable."),
            NpgsqlException { InnerException: TimeoutException } => (StatusCodes.Status503ServiceUnavailable, "The database took too long to answer."),
            NpgsqlException and not PostgresException => (StatusCodes.Status503ServiceUnavailable, "The database is unavailable."),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }

        logger.LogWarning("Database failure answered {Status}: {Error}", status, exception.Message);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        });
    }
}
