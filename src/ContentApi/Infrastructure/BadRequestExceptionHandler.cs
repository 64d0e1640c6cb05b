using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace ContentApi.Infrastructure;

/// <summary>
/// A query parameter that does not fit its type (pageSize=abc, publishedFrom=yesterday) fails in binding, before
/// validation; this answers it like a validation error, 400 with the parameter's name, not a bare 400.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        context.Response.StatusCode = badRequest.StatusCode;
        var details = new HttpValidationProblemDetails { Status = badRequest.StatusCode, Title = "Bad Request" };
        if (BindingFailure().Match(badRequest.Message) is { Success: true } match)
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value);
            details.Title = "One or more validation errors occurred.";
            details.Errors[name] = [$"'{match.Groups["value"].Value}' is not a valid value for {name}."];
        }
        else if (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            details.Title = "Content Too Large";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    // ASP.NET's message: Failed to bind parameter "int? PageSize" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "[^"]*?(?<name>\w+)" from "(?<value>.{0,100})[^"]*"\.?$""")]
    private static partial Regex BindingFailure();
}
