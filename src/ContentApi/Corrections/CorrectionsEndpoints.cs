using ContentApi.Caching;
using ContentApi.Data.Corrections;
using ContentApi.Http;
using ContentApi.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Corrections;

/// <summary>
/// Editors' corrections: one statistic with its ETag, a JSON Merge Patch of it under If-Match, its revisions, a figure
/// added by its span, and re-extraction of a stored page with the current extractor.
/// </summary>
internal static class CorrectionsEndpoints
{
    public static IEndpointRouteBuilder MapCorrections(this IEndpointRouteBuilder routes)
    {
        var statistics = routes.MapGroup("/api/v1/statistics").WithTags("Corrections").WithContentConventions();
        statistics.MapGet("/{id:long}", GetStatistic)
            .WithName("GetStatistic")
            .WithSummary("Get a statistic")
            .WithDescription("One statistic with its provenance, `status` (accepted or rejected), `origin` (extractor or editor) and `reviewed`. Its `ETag` is the statistic's own version: send it back as `If-Match` to correct it.");
        statistics.MapPatch("/{id:long}", PatchStatistic)
            .WithName("PatchStatistic")
            .WithSummary("Correct a statistic")
            .WithDescription("A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the fields an editor may change: `metric`, `category`, `value`, `valueMax`, `unit`, `qualifier` and `status` (`rejected` takes the statistic out of lists, counts and metrics; `accepted` brings it back), with an optional `reason`. A field that is read-only or unknown is a 400, not ignored. `If-Match` must carry the statistic's current `ETag`: without it the answer is 428, with an older one 412 and nothing changes. Every change is kept as a revision, and the fields set here are kept when the page is re-extracted.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        statistics.MapGet("/{id:long}/revisions", ListRevisions)
            .WithName("ListStatisticRevisions")
            .WithSummary("List a statistic's revisions")
            .WithDescription("Every change editors made to the statistic, oldest first: who (the API key's name), when, which fields, their values before and after, and the reason given.");

        var articles = routes.MapGroup("/api/v1/articles").WithTags("Corrections").WithContentConventions();
        articles.MapPost("/{id:long}/statistics", AddStatistic)
            .WithName("AddStatistic")
            .WithSummary("Add a statistic the extractor missed")
            .WithDescription("An editor adds a figure by its offsets in the page (`start`, `end`, as in every statistic's provenance) with its `metric` and `category`; the text there must be one number as the scanner reads it (its measure word may be included), which gives `value`, `valueMax`, `unit` and `qualifier` unless the body gives them. A span outside the article's paragraphs or not a number is a 400; a span that already has a statistic is a 409. The statistic has `origin` editor and is kept through re-extraction.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        var documents = routes.MapGroup("/api/v1/documents").WithTags("Corrections").WithContentConventions();
        documents.MapPost("/{id:long}/reextract", ReextractDocument)
            .WithName("ReextractDocument")
            .WithSummary("Re-extract a document")
            .WithDescription("Runs the current parser and extractor on the stored page, in one transaction: statistics found again at the same span keep their id and take the new values, except every field an editor set; new spans are added; spans no longer found are removed unless an editor made or reviewed them (an editor's statistic whose paragraph is gone is reported as orphaned and kept). Articles, sections and paragraphs keep their ids where the same span is found again. The answer says what was added, removed and changed; with `dryRun=true` nothing is written.");
        return routes;
    }

    private static async Task<Results<Ok<StatisticDto>, ProblemHttpResult, StatusCodeHttpResult>> GetStatistic(long id, CorrectionStore store, HttpContext http, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, fromPrimary: false, cancellationToken) is not { } row)
        {
            return Problems.NotFound($"There is no statistic {id}.");
        }

        var etag = StatisticETag.Of(row.Id, row.RowVersion);
        http.Response.Headers.ETag = etag;
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var tags) && tags.Any(t => t.Tag.ToString() == etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(row.ToDto());
    }

    private static async Task<Results<Ok<StatisticDto>, ValidationProblem, ProblemHttpResult>> PatchStatistic(
        long id, HttpContext http, CorrectionStore store, ContentCache cache, CancellationToken cancellationToken)
    {
        if (StatisticETag.ExpectedVersion(http.Request, id) is not { } expected)
        {
            return TypedResults.Problem($"Send the statistic's ETag (from GET /api/v1/statistics/{id}) as If-Match: a correction never overwrites a version its editor has not seen.",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition Required");
        }

        var input = await StatisticEditReader.ReadAsync(http.Request, StatisticEditReader.MergePatch, withSpan: false, cancellationToken);
        if (input.Edit is not { } edit)
        {
            return input.Invalid is not null ? input.Invalid : input.Problem!;
        }

        var outcome = await store.EditAsync(id, expected, edit, AuthorOf(http), cancellationToken);
        return await AnswerAsync(outcome, http, store, cache, cancellationToken) switch
        {
            { } row => TypedResults.Ok(row.ToDto()),
            null when outcome.Errors is { } errors => TypedResults.ValidationProblem(errors),
            null => Refusal(outcome, id),
        };
    }

    private static async Task<Results<Created<StatisticDto>, ValidationProblem, ProblemHttpResult>> AddStatistic(
        long id, HttpContext http, CorrectionStore store, ContentCache cache, CancellationToken cancellationToken)
    {
        var input = await StatisticEditReader.ReadAsync(http.Request, "application/json", withSpan: true, cancellationToken);
        if (input.Edit is not { } edit)
        {
            return input.Invalid is not null ? input.Invalid : input.Problem!;
        }

        var outcome = await store.AddAsync(id, edit, AuthorOf(http), cancellationToken);
        return await AnswerAsync(outcome, http, store, cache, cancellationToken) switch
        {
            { } row => TypedResults.Created($"/api/v1/statistics/{row.Id}", row.ToDto()),
            null when outcome.Errors is { } errors => TypedResults.ValidationProblem(errors),
            null => outcome.Result == CorrectionResult.NotFound ? Problems.NotFound($"There is no article {id}.") : Refusal(outcome, id),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<StatisticRevision>>, ProblemHttpResult>> ListRevisions(long id, CorrectionStore store, CancellationToken cancellationToken) =>
        await store.RevisionsAsync(id, cancellationToken) is { } revisions
            ? TypedResults.Ok(revisions)
            : Problems.NotFound($"There is no statistic {id}.");

    private static async Task<Results<Ok<ReextractionReport>, ProblemHttpResult>> ReextractDocument(
        long id, bool? dryRun, DocumentReextractor reextractor, ContentCache cache, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await reextractor.ReextractAsync(id, dryRun ?? false, onlyIfOutdated: false, cancellationToken) is not var (report, dataVersion))
        {
            return Problems.NotFound($"There is no document {id}.");
        }

        if (report.Written)
        {
            response.Headers[DataVersionHeaders.DataVersion] = dataVersion;
            await cache.ChangedAsync(dataVersion, cancellationToken);
        }

        return TypedResults.Ok(report);
    }

    // A correction done: caches follow it here at once (other instances on its NOTIFY), and the answer is the
    // statistic as stored, read from the primary, with its new ETag. Null when the correction was refused.
    private static async Task<StatisticRow?> AnswerAsync(CorrectionOutcome outcome, HttpContext http, CorrectionStore store, ContentCache cache, CancellationToken cancellationToken)
    {
        if (outcome.Result == CorrectionResult.Stale)
        {
            http.Response.Headers.ETag = StatisticETag.Of(outcome.Id, outcome.RowVersion);
        }

        if (outcome.Result != CorrectionResult.Done)
        {
            return null;
        }

        http.Response.Headers[DataVersionHeaders.DataVersion] = outcome.DataVersion;
        await cache.ChangedAsync(outcome.DataVersion, cancellationToken);
        var row = (await store.FindAsync(outcome.Id, fromPrimary: true, cancellationToken))!;
        http.Response.Headers.ETag = StatisticETag.Of(row.Id, row.RowVersion);
        return row;
    }

    private static ProblemHttpResult Refusal(CorrectionOutcome outcome, long id) => outcome.Result switch
    {
        CorrectionResult.Stale => TypedResults.Problem($"Statistic {id} has changed since the version If-Match names; its current ETag is in the ETag header. GET it, check the change, and patch again.",
            statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed"),
        CorrectionResult.Conflict => TypedResults.Problem(outcome.Detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        _ => Problems.NotFound($"There is no statistic {id}."),
    };

    private static string AuthorOf(HttpContext http) => http.User.Identity?.Name ?? "anonymous";
}
