using System.Buffers;
using System.Text;
using System.Text.Json;
using ContentApi.Data.Documents;
using ContentApi.Http;
using ContentApi.Inputs;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ContentApi.Documents;

/// <summary>Limits on what an ingest may send.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>The largest request body accepted, in bytes (413 above it).</summary>
    public int MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The longest page text accepted, in characters (400 above it).</summary>
    public int MaxTextLength { get; set; } = 1_000_000;

    /// <summary>How long parsing one page may take before it is refused (422); reading an HTML page or a PDF has the same budget.</summary>
    public double ParseBudgetSeconds { get; set; } = 10;

    /// <summary>The largest PDF body accepted, in bytes (413 above it): e-paper PDFs carry fonts and images.</summary>
    public int MaxPdfBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pages a PDF may have (422 above it).</summary>
    public int MaxPdfPages { get; set; } = 50;
}

/// <summary>
/// A document request as read from the body, or why it could not be: invalid fields, or a transport problem. A page
/// sent as HTML or PDF arrives with its text read out into <c>Document.Text</c> and its bytes in <c>Original</c>.
/// </summary>
internal sealed record DocumentInput(DocumentRequest? Document = null, ValidationProblem? Invalid = null, ProblemHttpResult? Problem = null, PageOriginal? Original = null);

/// <summary>
/// Reads the page of a POST /documents or /documents/preview: JSON <c>{text | html, source, sourceUrl, publishedOn, place}</c>,
/// or the bare page as <c>text/plain</c>, <c>text/html</c> or <c>application/pdf</c> with the metadata in the query
/// string. The body is read to at most the configured size; text must be valid UTF-8, HTML and PDF are read into
/// text (<see cref="PageInputReader"/>); anything else is answered with a problem, never stored.
/// </summary>
internal sealed class DocumentRequestReader(IOptions<IngestOptions> options, PageInputReader pages)
{
    public async Task<DocumentInput> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value;
        var isJson = mediaType is not null && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        PageFormat? format = mediaType?.ToLowerInvariant() switch
        {
            PageFormats.TextMediaType => PageFormat.Text,
            PageFormats.HtmlMediaType => PageFormat.Html,
            PageFormats.PdfMediaType => PageFormat.Pdf,
            _ => null,
        };
        if (!isJson && format is null)
        {
            return new DocumentInput(Problem: Problems.UnsupportedMediaType("Send the page as application/json ({\"text\": …} or {\"html\": …}), or as text/plain, text/html or application/pdf with the metadata in the query string."));
        }

        var limit = format == PageFormat.Pdf ? options.Value.MaxPdfBytes : options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return new DocumentInput(Problem: Problems.TooLarge($"The body is larger than {limit} bytes."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var body = await ReadBoundedAsync(request.Body, limit, cancellationToken);
        if (body is null)
        {
            return new DocumentInput(Problem: Problems.TooLarge($"The body is larger than {limit} bytes."));
        }

        if (isJson)
        {
            return await FromJsonAsync(body, cancellationToken);
        }

        var metadata = FromQuery(request.Query);
        if (metadata.Document is null)
        {
            return metadata;
        }

        if (format == PageFormat.Text)
        {
            return FromText(body, metadata.Document);
        }

        var read = await pages.ReadAsync(body, format!.Value, cancellationToken);
        return read.Problem is not null
            ? new DocumentInput(Problem: read.Problem)
            : new DocumentInput(metadata.Document with { Text = read.Text }, Original: new PageOriginal(format.Value.MediaType(), body));
    }

    private async Task<DocumentInput> FromJsonAsync(byte[] body, CancellationToken cancellationToken)
    {
        DocumentRequest? document;
        try
        {
            document = JsonSerializer.Deserialize(body, ApiJsonContext.Default.DocumentRequest);
        }
        catch (JsonException e)
        {
            // JsonException's message names only the position and the expected token, never our internals.
            return new DocumentInput(Problem: Problems.BadRequest($"The body is not a valid document request: {e.Message}"));
        }

        if (document is null)
        {
            return new DocumentInput(Problem: Problems.BadRequest("The body must be a JSON object with a text or an html property."));
        }

        if (document is not { Html: { } html, Text: null })
        {
            // Text, or both (which the validator refuses): nothing to read.
            return new DocumentInput(document);
        }

        var htmlBytes = Encoding.UTF8.GetBytes(html);
        var read = await pages.ReadAsync(htmlBytes, PageFormat.Html, cancellationToken);
        return read.Problem is not null
            ? new DocumentInput(Problem: read.Problem)
            : new DocumentInput(document with { Text = read.Text, Html = null }, Original: new PageOriginal(PageFormats.HtmlMediaType + "; charset=utf-8", htmlBytes));
    }

    // Text is read like the other formats, so that a PDF or HTML document declared as text is refused rather than
    // stored as text nobody could read; invalid UTF-8 stays a plain 400.
    private static DocumentInput FromText(byte[] body, DocumentRequest metadata)
    {
        try
        {
            return new DocumentInput(metadata with { Text = PageReader.Read(body, PageFormat.Text, maxPdfPages: 0) });
        }
        catch (UnreadablePageException e) when (e.Reason == UnreadableReason.NotUtf8)
        {
            return new DocumentInput(Problem: Problems.BadRequest("The body is not valid UTF-8 text."));
        }
        catch (UnreadablePageException e)
        {
            return new DocumentInput(Problem: PageInputReader.Unreadable(e));
        }
    }

    // The metadata of a bare page comes in the query string.
    private static DocumentInput FromQuery(IQueryCollection query)
    {
        DateOnly? publishedOn = null;
        if (query["publishedOn"] is { Count: > 0 } date)
        {
            if (!DateOnly.TryParseExact(date.ToString(), "yyyy-MM-dd", out var parsed))
            {
                return new DocumentInput(Invalid: TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["publishedOn"] = ["publishedOn must be a date as YYYY-MM-DD."] }));
            }

            publishedOn = parsed;
        }

        return new DocumentInput(new DocumentRequest(null, NullIfEmpty(query["source"]), NullIfEmpty(query["sourceUrl"]), publishedOn, NullIfEmpty(query["place"])));
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 ? null : value.ToString();

    // Reads at most limit bytes; null when the body holds more, whatever Content-Length claimed.
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit + 1, 64 * 1024));
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            int read;
            try
            {
                read = await body.ReadAsync(memory, cancellationToken);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null;
            }

            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
