using ContentApi.ArticleBodies;
using ContentApi.Http;
using ContentApi.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using ContentApi.Caching;
using ContentApi.Telemetry;

namespace ContentApi.Articles;

internal static class ArticlesEndpoints
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Articles").WithContentConventions();

        group.MapGet("/articles", ListArticles)
            .WithName("ListArticles")
            .WithSummary("List and search articles")
            .WithDescription("Filters by source, publication dates, document and statistic category; `q` searches titles and bodies for a Chinese substring and adds a highlighted snippet. Page by `page`/`pageSize` or continue with `cursor` (the `nextCursor` of the previous page; same cost at any depth). `fields` returns only the named item fields. The total is also in `X-Total-Count`, the next and previous pages in `Link`.")
            .WithSparseFields()
            .CacheOutput(CachingSetup.ContentPolicy);
        group.MapGet("/articles/{id:long}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("Get an article")
            .WithDescription("The article with its authors, its sections and their paragraphs, and its statistics; `include` chooses which of the three to embed.")
            .CacheOutput(CachingSetup.ContentPolicy);
        group.MapGet("/articles/{id:long}/sections", GetArticleSections)
            .WithName("GetArticleSections")
            .WithSummary("List an article's sections")
            .WithDescription("The sections of the article in order, each with its paragraphs.")
            .CacheOutput(CachingSetup.ContentPolicy);
        group.MapGet("/sections/{id:long}", GetSection)
            .WithName("GetSection")
            .WithSummary("Get a section")
            .WithDescription("A section with its paragraphs and the statistics found in its heading and paragraphs.")
            .CacheOutput(CachingSetup.ContentPolicy);
        return group;
    }

    private static async Task<Ok<PagedResponse<ArticleSummary>>> ListArticles([AsParameters] ArticleQuery query, ArticleStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var (items, total, next) = await store.ListAsync(query, cancellationToken);
        return TypedResults.Ok(http.Response.PageOf(query, items, total, next));
    }

    // An article with its statistics is 28–31 KB: written by the generated serializer in one pass (JsonBody). The
    // default body, with all three, is stored as those bytes once rendered (ArticleBodies): one lookup, not five; so is
    // the article with its sections alone, the article's text (one lookup, not three).
    private static async Task<Results<JsonBody<ArticleDetail>, ProblemHttpResult>> GetArticle(
        long id, [AsParameters] ArticleInclude include, ArticleStore store, ArticleBodyStore bodies, ContentMetrics metrics, CancellationToken cancellationToken)
    {
        var includes = include.Parse();
        if (ArticleBodyStore.Stores(includes))
        {
            var stored = await bodies.FindAsync(id, includes, cancellationToken);
            metrics.ArticleBodyRead(stored is not null);
            if (stored is not null)
            {
                return JsonBody<ArticleDetail>.Serialized(stored);
            }
        }

        return await store.FindAsync(id, includes, cancellationToken) is { } article
            ? new JsonBody<ArticleDetail>(article, ApiJsonContext.Default.ArticleDetail)
            : Problems.NotFound($"There is no article {id}.");
    }

    private static async Task<Results<Ok<IReadOnlyList<SectionDto>>, ProblemHttpResult>> GetArticleSections(long id, ArticleStore store, CancellationToken cancellationToken) =>
        await store.SectionsOfAsync(id, cancellationToken) is { } sections
            ? TypedResults.Ok(sections)
            : Problems.NotFound($"There is no article {id}.");

    private static async Task<Results<Ok<SectionDto>, ProblemHttpResult>> GetSection(long id, ArticleStore store, CancellationToken cancellationToken) =>
        await store.FindSectionAsync(id, cancellationToken) is { } section
            ? TypedResults.Ok(section)
            : Problems.NotFound($"There is no section {id}.");
}
