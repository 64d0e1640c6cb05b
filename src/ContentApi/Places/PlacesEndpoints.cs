using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Http;
using ContentApi.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Places;

internal static class PlacesEndpoints
{
    public static RouteGroupBuilder MapPlaces(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/places").WithTags("Places").WithContentConventions();

        group.MapGet("/", ListPlaces)
            .WithName("ListPlaces")
            .WithSummary("List the areas that have statistics")
            .WithDescription("Every area (GB/T 2260 division, or a village or community the text names under one) that accepted statistics belong to, with `count` (statistics of exactly this area) and `total` (with the areas inside it): `total` is the `total` of `GET /statistics?place=CODE`. `view=tree` nests them from the provinces down, the divisions between included. Filter statistics by an area with `GET /statistics?place=CODE`.")
            .CacheOutput(CachingSetup.ContentPolicy);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<PlaceCount>>> ListPlaces([AsParameters] PlaceQuery query, PlaceStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(query.View == "tree" ? await store.TreeAsync(cancellationToken) : await store.ListAsync(cancellationToken));
}

/// <summary>The parameters of <c>GET /api/v1/places</c>.</summary>
public sealed record PlaceQuery
{
    public static readonly IReadOnlyList<string> Views = ["list", "tree"];

    /// <summary>list (default): every area in code order; tree: nested from the provinces down, with children.</summary>
    [DefaultValue("list")]
    public string? View { get; init; }
}

internal sealed class PlaceQueryValidator : AbstractValidator<PlaceQuery>
{
    public PlaceQueryValidator() => RuleFor(q => q.View).MustBeOneOf(PlaceQuery.Views);
}
