using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ContentApi.Http;

/// <summary>
/// A 200 with a JSON body written in one synchronous pass by the source-generated code of <see cref="ApiJsonContext"/>,
/// then flushed. <c>TypedResults.Ok</c> writes through System.Text.Json's streaming serializer, which takes the
/// generated fast path only for bodies under half its buffer (8 KB): an article with its statistics (28–31 KB) went
/// through the slower resumable writer, 15 % of the service's sampled time on the unique-URL article (docs/benchmarks.md,
/// "The article by id"). Or the bytes of such a body written before (<see cref="Serialized"/>: a stored article body).
/// Declares the same OpenAPI response as <c>Ok&lt;T&gt;</c>.
/// </summary>
internal sealed class JsonBody<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    private readonly T? _value;
    private readonly JsonTypeInfo<T>? _typeInfo;
    private readonly ReadOnlyMemory<byte>[] _utf8Json = [];

    public JsonBody(T value, JsonTypeInfo<T> typeInfo)
    {
        _value = value;
        _typeInfo = typeInfo;
    }

    private JsonBody(ReadOnlyMemory<byte>[] utf8Json) => _utf8Json = utf8Json;

    /// <summary>A body that <see cref="Write"/> made earlier with the API's options, in one piece or several; sent as it is.</summary>
    public static JsonBody<T> Serialized(params ReadOnlyMemory<byte>[] utf8Json) => new(utf8Json);

    /// <summary>
    /// <paramref name="value"/>, its array <paramref name="property"/> empty, written with the API's options, and the
    /// array's content (<paramref name="content"/>: its elements as JSON separated by commas, in blocks, as
    /// <see cref="JsonArrayContent.Join"/> makes it) between its brackets. The content is sent as it is, copied to the
    /// response in the response's own blocks rather than written through the serializer, which would ask it for one
    /// buffer of its whole size.
    /// </summary>
    public static JsonBody<T> Spliced(T value, JsonTypeInfo<T> typeInfo, JsonSerializerOptions apiOptions, string property, IReadOnlyList<byte[]> content)
    {
        var written = new ArrayBufferWriter<byte>(512);
        Write(written, value, typeInfo, apiOptions);
        // A property's name, quoted and followed by a colon, is never inside a string value, whose quotes are escaped.
        var emptyArray = Encoding.UTF8.GetBytes($"\"{apiOptions.PropertyNamingPolicy?.ConvertName(property) ?? property}\":[]");
        var at = written.WrittenSpan.IndexOf(emptyArray);
        if (at < 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name} was written without an empty {property}.");
        }

        var open = at + emptyArray.Length - 1;
        var pieces = new ReadOnlyMemory<byte>[content.Count + 2];
        pieces[0] = written.WrittenMemory[..open];
        for (var i = 0; i < content.Count; i++)
        {
            pieces[i + 1] = content[i];
        }

        pieces[^1] = written.WrittenMemory[open..];
        return Serialized(pieces);
    }

    /// <summary>The value, or null for a body sent as <see cref="Serialized"/> bytes.</summary>
    public T? Value => _value;

    object? IValueHttpResult.Value => _value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        if (_typeInfo is null)
        {
            // Its length is known, so no chunked framing (response compression drops it again where it applies).
            response.ContentLength = _utf8Json.Sum(piece => (long)piece.Length);
            // Headers first: Kestrel holds what is written before them in buffers of its own and copies it into the
            // connection's pipe once they are out, a second copy of every byte (a series of 1,000 points is 537 KB).
            await response.StartAsync(httpContext.RequestAborted);
            foreach (var piece in _utf8Json)
            {
                response.BodyWriter.Write(piece.Span);
            }

            await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
            return;
        }

        Write(response.BodyWriter, _value!, _typeInfo, httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as this result does: the writer's settings are the API's (its encoder leaves
    /// Chinese unescaped), so the bytes are <c>Ok&lt;T&gt;</c>'s.
    /// </summary>
    public static void Write(IBufferWriter<byte> output, T value, JsonTypeInfo<T> typeInfo, JsonSerializerOptions apiOptions)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = apiOptions.Encoder, Indented = apiOptions.WriteIndented });
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
