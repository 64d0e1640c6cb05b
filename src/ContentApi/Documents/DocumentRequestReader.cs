using System.Buffers;
using System.Text;
using System.Text.Json;
using ContentApi.Http;
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

    /// <summary>How long parsing one page may take before it is refused (422).</summary>
    public double ParseBudgetSeconds { get; set; } = 10;
}

/// <summary>A document request as read from the body, or why it could not be: invalid fields, or a transport problem.</summary>
internal sealed record DocumentInput(DocumentRequest? Document = null, ValidationProblem? Invalid = null, ProblemHttpResult? Problem = null);

/// <summary>
/// Reads the page of a POST /documents or /documents/preview: JSON <c>{text, source, sourceUrl, publishedOn, place}</c>,
/// or the bare text as <c>text/plain</c> with the metadata in the query string. The body is read to at most the
/// configured size and must be valid UTF-8; anything else is answered with a problem, never stored.
/// </summary>
internal sealed class DocumentRequestReader(IOptions<IngestOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<DocumentInput> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return new DocumentInput(Problem: Problems.TooLarge($"The body is larger than {limit} bytes."));
        }

        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value;
        var isJson = mediaType is not null && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var isText = mediaType is not null && mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
        if (!isJson && !isText)
        {
            return new DocumentInput(Problem: Problems.UnsupportedMediaType("Send the page as application/json ({\"text\": …}) or as text/plain with the metadata in the query string."));
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

        return isJson ? FromJson(body) : FromText(body, request.Query);
    }

    private static DocumentInput FromJson(byte[] body)
    {
        try
        {
            var document = JsonSerializer.Deserialize(body, ApiJsonContext.Default.DocumentRequest);
            return document is null ? new DocumentInput(Problem: Problems.BadRequest("The body must be a JSON object with a text property.")) : new DocumentInput(document);
        }
        catch (JsonException e)
        {
            // JsonException's message names only the position and the expected token, never our internals.
            return new DocumentInput(Problem: Problems.BadRequest($"The body is not a valid document request: {e.Message}"));
        }
    }

    private static DocumentInput FromText(byte[] body, IQueryCollection query)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return new DocumentInput(Problem: Problems.BadRequest("The body is not valid UTF-8 text."));
        }

        DateOnly? publishedOn = null;
        if (query["publishedOn"] is { Count: > 0 } date)
        {
            if (!DateOnly.TryParseExact(date.ToString(), "yyyy-MM-dd", out var parsed))
            {
                return new DocumentInput(Invalid: TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["publishedOn"] = ["publishedOn must be a date as YYYY-MM-DD."] }));
            }

            publishedOn = parsed;
        }

        return new DocumentInput(new DocumentRequest(text, NullIfEmpty(query["source"]), NullIfEmpty(query["sourceUrl"]), publishedOn, NullIfEmpty(query["place"])));
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
