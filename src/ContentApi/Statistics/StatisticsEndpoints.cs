using ContentApi.Caching;
using ContentApi.Http;
using ContentApi.Paging;
using ContentApi.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Statistics;

internal static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatistics(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/statistics").WithTags("Statistics").WithContentConventions();

        group.MapGet("/", ListStatistics)
            .WithName("ListStatistics")
            .WithSummary("List statistics")
            .WithDescription("The figures extracted from the articles, each with its provenance (document, article and title, section heading, sentence, offsets). Filters combine with AND; `category` may repeat. Page by `page`/`pageSize` or continue with `cursor`. With `Accept: text/csv` the same rows come as CSV (UTF-8 with BOM).")
            .Produces<PagedResponse<StatisticDto>>(StatusCodes.Status200OK, "application/json", StatisticsCsv.MediaType)
            .WithSparseFields()
            .CacheOutput(CachingSetup.ContentPolicy);
        group.MapGet("/categories", CountByCategory)
            .WithName("CountStatisticsByCategory")
            .WithSummary("Count statistics per category")
            .WithDescription("Every category with the number of statistics in it (zero included), under the same filters as the list.")
            .CacheOutput(CachingSetup.ContentPolicy);
        group.MapGet("/metrics", ListMetrics)
            .WithName("ListMetrics")
            .WithSummary("List the quantities counted, with their aggregates")
            .WithDescription("The quantities counted, one per metric key and unit, with count, sum, minimum, maximum and first and last publication date: what a dashboard needs to choose a series (then drawn by `GET /api/v1/series`). One quantity is written in several ways across pages (红桥区注册志愿者人数, 注册志愿者): `metricKey` is their common key, `metric` the most frequent wording and `wordings` how many there are. Most frequent first.")
            .CacheOutput(CachingSetup.ContentPolicy);
        return group;
    }

    private static async Task<IResult> ListStatistics(
        [AsParameters] StatisticQuery query, StatisticStore store, ContentMetrics metrics, HttpContext http, CancellationToken cancellationToken)
    {
        if (StatisticsCsv.IsWanted(http.Request))
        {
            var (rows, rowsTotal, rowsNext) = await store.ListRowsAsync(query, cancellationToken);
            http.Response.AddPagingHeaders(query, rowsTotal, rowsNext);
            return new StatisticsCsv(rows);
        }

        // A page of 20 to 100 statistics is 19–100 KB: written in one pass by the generated serializer (JsonBody), as the
        // article is, instead of the streaming serializer's slower path for bodies over 8 KB. Its items are mostly
        // stored bodies copied as they are (StatisticItem).
        var (items, total, next) = await store.ListItemsAsync(query, cancellationToken);
        var stored = items.Count(i => i.IsStored);
        metrics.StatisticBodiesRead(stored, items.Count - stored);
        return new JsonBody<PagedResponse<StatisticItem>>(http.Response.PageOf(query, items, total, next), ApiJsonContext.Default.PagedResponseStatisticItem);
    }

    private static async Task<Ok<IReadOnlyList<CategoryCount>>> CountByCategory([AsParameters] StatisticFilter filter, StatisticStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.CountByCategoryAsync(filter, cancellationToken));

    private static async Task<Ok<PagedResponse<MetricSummary>>> ListMetrics([AsParameters] MetricQuery query, StatisticStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var (items, total) = await store.MetricsAsync(query, cancellationToken);
        var size = query.PageSize ?? PageRequestDefaults.PageSize;
        http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(new PagedResponse<MetricSummary>(items, query.Page ?? 1, size, total, NextCursor: null));
    }
}
