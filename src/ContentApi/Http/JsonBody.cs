using System.Reflection;
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
/// "The article by id"). Declares the same OpenAPI response as <c>Ok&lt;T&gt;</c>.
/// </summary>
internal sealed class JsonBody<T>(T value, JsonTypeInfo<T> typeInfo) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;

    object? IValueHttpResult.Value => value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        // The writer's settings are the API's (its encoder leaves Chinese unescaped), so the bytes are Ok<T>'s.
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
