using ContentApi.Documents;

namespace ContentApi.Telemetry;

/// <summary>
/// Counts the ingests that stored nothing, by reason, on the ingest endpoint: refused input comes back as a problem
/// result, a parse past its budget and a database failure as exceptions (answered by the exception handlers).
/// Stored pages are counted where they are stored (<see cref="DocumentIngest"/>), which also sees the sample page.
/// </summary>
internal sealed class IngestMetricsFilter(ContentMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        object? result;
        try
        {
            result = await next(context);
        }
        catch (ParseBudgetExceededException)
        {
            metrics.PageFailed("parse_budget");
            throw;
        }
        catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            metrics.PageFailed("aborted");
            throw;
        }
        catch
        {
            metrics.PageFailed("error");
            throw;
        }

        if ((result is INestedHttpResult nested ? nested.Result : result) is IStatusCodeHttpResult { StatusCode: >= 400 and var status })
        {
            metrics.PageFailed(status switch
            {
                StatusCodes.Status400BadRequest => "invalid",
                StatusCodes.Status413PayloadTooLarge => "too_large",
                StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
                _ => "refused",
            });
        }

        return result;
    }
}
