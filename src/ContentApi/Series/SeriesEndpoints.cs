using ContentApi.Caching;
using ContentApi.Http;
using ContentApi.Infrastructure;
using ContentApi.Places;
using ContentApi.Text.Places;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Series;

internal static class SeriesEndpoints
{
    public static RouteGroupBuilder MapSeries(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/series").WithTags("Series").WithContentConventions();

        group.MapGet("/", GetSeries)
            .WithName("GetSeries")
            .WithSummary("One quantity as points ordered by period")
            .WithDescription("The figures of one metric key in one unit, optionally within an area (its descendants included), ordered by period, each with value, qualifier, period, place and provenance: what a chart of \"registered volunteers in 红桥区, year by year\" draws. A series never mixes units: when `unit` is omitted and the quantity has several, the answer is a 400 naming them.")
            .CacheOutput(CachingSetup.ContentPolicy);
        return group;
    }

    // Composed, a series of 1,000 points is about 440 KB, far past the size where JsonBody's one pass beats TypedResults.Ok.
    private static async Task<Results<JsonBody<SeriesResponse>, ValidationProblem>> GetSeries(
        [AsParameters] SeriesQuery query, SeriesStore store, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        // With a unit given there is nothing to choose, and no statement to run for it.
        var unit = query.Unit;
        if (unit is null)
        {
            var units = await store.UnitsAsync(query, cancellationToken);
            if (units.Count > 1)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["unit"] = [$"metricKey {query.MetricKey} is stated in several units ({string.Join(", ", units)}); choose one with unit."],
                });
            }

            unit = units.FirstOrDefault() ?? "";
        }

        var place = PlaceLookup.Find(query.PlaceCode) is { } found ? new PlaceDto(found.Code, found.Name, found.Level, found.Path) : null;
        var (stored, composed, total) = await store.PointsAsync(query, unit, cancellationToken);
        if (stored is null)
        {
            return new JsonBody<SeriesResponse>(new SeriesResponse(query.MetricKey!, unit, place, total, composed), ApiJsonContext.Default.SeriesResponse);
        }

        return JsonBody<SeriesResponse>.Spliced(new SeriesResponse(query.MetricKey!, unit, place, total, []), ApiJsonContext.Default.SeriesResponse,
            json.Value.SerializerOptions, nameof(SeriesResponse.Points), stored);
    }
}

internal sealed class SeriesQueryValidator : AbstractValidator<SeriesQuery>
{
    public SeriesQueryValidator()
    {
        RuleFor(q => q.MetricKey).Cascade(CascadeMode.Stop).NotNull().WithMessage("metricKey is required.").Length(1, 100);
        PlaceFilter.AddRules(this, q => q.Place);
        RuleFor(q => q.Unit).Length(1, 20);
        RuleFor(q => q.Limit).InclusiveBetween(1, SeriesQuery.MaxPoints);
    }
}
