using System.Collections.Concurrent;
using System.Text.Json;
using ContentApi.Articles;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ContentApi.Benchmarks;

/// <summary>
/// The ceiling of the HTTP benchmarks (bench/load.sh): <c>GET /bench/ceiling/{id}</c> answers with the very bytes
/// of <c>GET /api/v1/articles/{id}</c>, read from the database once and then served from memory, through the same
/// host and middleware. What an endpoint achieves as a share of this is what its own work costs. Mapped only when
/// <c>Benchmark:Ceiling</c> is true, and left out of the OpenAPI document.
/// </summary>
internal static class CeilingEndpoint
{
    public const string Setting = "Benchmark:Ceiling";

    private static readonly ConcurrentDictionary<long, byte[]> Bodies = new();

    public static IEndpointRouteBuilder MapBenchmarkCeiling(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Setting))
        {
            app.MapGet("/bench/ceiling/{id:long}", ServeAsync).ExcludeFromDescription();
        }

        return app;
    }

    private static async Task<IResult> ServeAsync(long id, ArticleStore store, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (!Bodies.TryGetValue(id, out var body))
        {
            var article = await store.FindAsync(id, new ArticleInclude().Parse(), cancellationToken);
            if (article is null)
            {
                return TypedResults.NotFound();
            }

            body = Bodies.GetOrAdd(id, JsonSerializer.SerializeToUtf8Bytes(article, json.Value.SerializerOptions));
        }

        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }
}
