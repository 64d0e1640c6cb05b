using System.Text.Json;
using ContentApi.Http;
using ContentApi.Inputs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ContentApi.Documents;

/// <summary>
/// Reads an HTML page or a PDF into the text the parser reads, within the parse budget, and answers a page that
/// cannot be read with a problem that says why (<c>reason</c>): a body that is not what it was declared as, or a
/// broken PDF, is a 400; an encrypted or scanned PDF, one with too many pages, or HTML without an article is a 422.
/// </summary>
internal sealed class PageInputReader(IOptions<IngestOptions> options, PageParsing parsing)
{
    public async Task<(string? Text, ProblemHttpResult? Problem)> ReadAsync(byte[] body, PageFormat format, CancellationToken cancellationToken)
    {
        var maxPages = options.Value.MaxPdfPages;
        try
        {
            return (await parsing.WithinBudgetAsync(() => PageReader.Read(body, format, maxPages), cancellationToken), null);
        }
        catch (UnreadablePageException e)
        {
            return (null, Unreadable(e));
        }
    }

    public static ProblemHttpResult Unreadable(UnreadablePageException e)
    {
        var status = e.Reason is UnreadableReason.WrongMediaType or UnreadableReason.NotUtf8 or UnreadableReason.NotPdf or UnreadableReason.TruncatedPdf or UnreadableReason.DamagedPdf
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status422UnprocessableEntity;
        return TypedResults.Problem(e.Message, statusCode: status, title: status == StatusCodes.Status400BadRequest ? "Bad Request" : "Unprocessable Content",
            extensions: new Dictionary<string, object?> { ["reason"] = JsonNamingPolicy.KebabCaseLower.ConvertName(e.Reason.ToString()) });
    }
}
