using ContentApi.Caching;
using ContentApi.Data.Documents;
using ContentApi.Http;
using ContentApi.Paging;
using ContentApi.Telemetry;
using ContentApi.Text;
using ContentApi.Text.Parsing;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Documents;

internal static class DocumentsEndpoints
{
    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/documents").WithTags("Documents").WithContentConventions();

        group.MapPost("/", IngestDocument)
            .WithName("IngestDocument")
            .WithSummary("Ingest a page")
            .WithDescription("Parses the page into articles, sections and paragraphs, extracts its statistics, and stores all of it in one transaction. Send JSON `{text, source, sourceUrl, publishedOn}` (or `html` instead of `text`), or the bare page as `text/plain`, `text/html` or `application/pdf` with the metadata as query parameters. An HTML page gives its article's text (navigation, ads and footers left out); a PDF its text in reading order, column by column; the document's text is that plain text, and its original bytes are kept (`/original`). A body that is not what it was declared as, or a damaged PDF, is a 400; an encrypted or scanned PDF, too many pages, or HTML without article text a 422: the problem's `reason` says which. A new page answers 201 with `Location`; the same text again answers 200 with the stored document and writes nothing. `X-Data-Version` is the commit's position: send it back as `X-Min-Data-Version` to read your own write.")
            .AcceptsDocument()
            .AddEndpointFilter<IngestMetricsFilter>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/preview", PreviewDocument)
            .WithName("PreviewDocument")
            .WithSummary("Preview the parse of a page")
            .WithDescription("The same parse and extraction as an ingest, with nothing stored: what `contentapi extract` prints. Takes the same bodies as an ingest (text, HTML, PDF). With `explain=true`, `mentions` lists every number in the text with the decision taken on it and the rule that decided.")
            .AcceptsDocument()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("List documents")
            .WithDescription("The ingested pages, newest first, with their counts. Page by `page`/`pageSize` or continue with `cursor`.")
            .CacheOutput(CachingSetup.ContentPolicy);
        group.MapGet("/{id:long}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Get a document")
            .WithDescription("A document's metadata, the counts of what was derived from it, its articles, and the parse report: every repair the parser made and every anomaly it saw.")
            .CacheOutput(CachingSetup.ContentPolicy);
        group.MapGet("/{id:long}/text", GetDocumentText)
            .WithName("GetDocumentText")
            .WithSummary("Get a document's raw text")
            .WithDescription("The page exactly as received, as `text/plain; charset=utf-8`; every offset in the API points into this text.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        group.MapGet("/{id:long}/original", GetDocumentOriginal)
            .WithName("GetDocumentOriginal")
            .WithSummary("Get the page as it was sent")
            .WithDescription("The bytes the page arrived as, with their media type: the HTML page or the PDF it was read from, or, for a page sent as text, that text (`text/plain; charset=utf-8`).")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "text/html", "text/plain");
        group.MapDelete("/{id:long}", DeleteDocument)
            .WithName("DeleteDocument")
            .WithSummary("Delete a document")
            .WithDescription("Removes the document and everything derived from it: articles, authors, sections, paragraphs and statistics.");
        return group;
    }

    private static async Task<Results<Created<DocumentDetail>, Ok<DocumentDetail>, ValidationProblem, ProblemHttpResult>> IngestDocument(
        HttpRequest request, DocumentRequestReader reader, IValidator<DocumentRequest> validator, DocumentIngest ingest, DocumentStore store,
        ContentCache cache, CancellationToken cancellationToken)
    {
        var input = await ReadValidAsync(request, reader, validator, cancellationToken);
        if (input.Document is not { } document)
        {
            return input.Invalid is not null ? input.Invalid : input.Problem!;
        }

        var (result, _) = await ingest.IngestAsync(document.Text!, new DocumentMetadata(document.Source, document.SourceUrl, document.PublishedOn, document.Place), input.Original, cancellationToken);
        request.HttpContext.Response.Headers[DataVersionHeaders.DataVersion] = result.DataVersion;
        var stored = (await store.FindAsync(result.DocumentId, fromPrimary: true, cancellationToken))!;
        if (!result.Created)
        {
            return TypedResults.Ok(stored);
        }

        await cache.ChangedAsync(result.DataVersion, cancellationToken);
        return TypedResults.Created($"/api/v1/documents/{stored.Id}", stored);
    }

    private static async Task<Results<Ok<ParsedPage>, ValidationProblem, ProblemHttpResult>> PreviewDocument(
        HttpRequest request, bool? explain, DocumentRequestReader reader, IValidator<DocumentRequest> validator, PageParsing parsing, CancellationToken cancellationToken)
    {
        var input = await ReadValidAsync(request, reader, validator, cancellationToken);
        if (input.Document is not { } document)
        {
            return input.Invalid is not null ? input.Invalid : input.Problem!;
        }

        return TypedResults.Ok(await parsing.ExtractAsync(document.Text!, new DocumentFacts(document.PublishedOn, document.Place), explain ?? false, cancellationToken));
    }

    private static async Task<Ok<PagedResponse<DocumentSummary>>> ListDocuments([AsParameters] DocumentQuery query, DocumentStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var (items, total, next) = await store.ListAsync(query, cancellationToken);
        return TypedResults.Ok(http.Response.PageOf(query, items, total, next));
    }

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> GetDocument(long id, DocumentStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, fromPrimary: false, cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : Problems.NotFound($"There is no document {id}.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetDocumentText(long id, DocumentStore store, CancellationToken cancellationToken) =>
        await store.TextAsync(id, cancellationToken) is { } text
            ? TypedResults.Text(text, "text/plain; charset=utf-8")
            : Problems.NotFound($"There is no document {id}.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDocumentOriginal(long id, DocumentStore store, CancellationToken cancellationToken) =>
        await store.OriginalAsync(id, cancellationToken) is { } original
            ? TypedResults.Bytes(original.Content, original.MediaType)
            : Problems.NotFound($"There is no document {id}.");

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(long id, DocumentWriter writer, ContentCache cache, HttpResponse response, CancellationToken cancellationToken)
    {
        var (deleted, dataVersion) = await writer.DeleteAsync(id, cancellationToken);
        response.Headers[DataVersionHeaders.DataVersion] = dataVersion;
        if (!deleted)
        {
            return Problems.NotFound($"There is no document {id}.");
        }

        await cache.ChangedAsync(dataVersion, cancellationToken);
        return TypedResults.NoContent();
    }

    // The body is read by hand (two media types), so its validator runs here rather than in the group's filter.
    private static async Task<DocumentInput> ReadValidAsync(
        HttpRequest request, DocumentRequestReader reader, IValidator<DocumentRequest> validator, CancellationToken cancellationToken)
    {
        var input = await reader.ReadAsync(request, cancellationToken);
        if (input.Document is null)
        {
            return input;
        }

        var validation = await validator.ValidateAsync(input.Document, cancellationToken);
        return validation.IsValid ? input : new DocumentInput(Invalid: TypedResults.ValidationProblem(validation.ToDictionary()));
    }
}
