using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ContentApi.Data;
using ContentApi.Paging;
using ContentApi.Places;
using ContentApi.Text.Statistics;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Statistics;

/// <summary>The filters shared by the statistics list and its aggregates.</summary>
public record StatisticFilter
{
    /// <summary>Only these categories; repeat the parameter (category=volunteers&amp;category=activities) for several.</summary>
    public string[]? Category { get; init; }

    /// <summary>Only metrics that contain this text (e.g. 志愿者).</summary>
    public string? Metric { get; init; }

    /// <summary>Only this unit, exactly as extracted (人, 场, 个, %, 元 …).</summary>
    public string? Unit { get; init; }

    /// <summary>Only this qualifier: exact, over, approx, under or range.</summary>
    public string? Qualifier { get; init; }

    /// <summary>Only values at or above this number.</summary>
    public decimal? MinValue { get; init; }

    /// <summary>Only values at or below this number.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Only statistics of this article.</summary>
    [Range(1, long.MaxValue)]
    public long? ArticleId { get; init; }

    /// <summary>Only statistics of this document.</summary>
    [Range(1, long.MaxValue)]
    public long? DocumentId { get; init; }

    /// <summary>Only statistics published on or after this date (ISO 8601).</summary>
    public DateOnly? PublishedFrom { get; init; }

    /// <summary>Only statistics published on or before this date (ISO 8601).</summary>
    public DateOnly? PublishedTo { get; init; }

    /// <summary>Only statistics of this area and the areas inside it: a division's code (12 is all of Tianjin, 120106 红桥区 with its streets) or its name (红桥区, 红桥).</summary>
    public string? Place { get; init; }

    /// <summary>Only statistics describing this calendar year (the period's year, not the publication's).</summary>
    [Range(1, 9999)]
    public int? Year { get; init; }

    /// <summary>Only statistics whose period ends on or after this date (ISO 8601); a period known only by its year spans that year.</summary>
    public DateOnly? PeriodFrom { get; init; }

    /// <summary>Only statistics whose period begins on or before this date (ISO 8601).</summary>
    public DateOnly? PeriodTo { get; init; }

    /// <summary>Only statistics of this metric key (the metric normalised across pages, e.g. 注册志愿者), exactly.</summary>
    public string? MetricKey { get; init; }

    /// <summary>The code the place filter names, or null (no filter, or a name no single division has).</summary>
    internal string? PlaceCode => PlaceFilter.CodeOf(Place);

    /// <summary>Which statistics by their review: accepted (default), rejected (by an editor), or all.</summary>
    [DefaultValue("accepted")]
    public string? Status { get; init; }

    public static readonly IReadOnlyList<string> Statuses = ["accepted", "rejected", "all"];

    internal string StatusOrDefault => Status ?? "accepted";

    /// <summary>The metric filter as a LIKE pattern, its wildcards escaped.</summary>
    internal string? MetricPattern => Metric is null ? null : LikePattern.Containing(Metric);

    /// <summary>The category filter as one list, from repeated and comma-separated values alike.</summary>
    internal string[]? Categories => Category is null ? null : Category.SelectMany(ValidationRules.SplitList).Distinct().ToArray();
}

/// <summary>The filters, sort and paging of <c>GET /api/v1/statistics</c>.</summary>
public sealed record StatisticQuery : StatisticFilter, IPageRequest
{
    /// <summary>Order: position (reading order, default), value, -value, publishedOn, -publishedOn.</summary>
    [DefaultValue("position")]
    public string? Sort { get; init; }

    /// <summary>Sparse fieldset: a comma-separated list of the item fields to return (e.g. metric,value,unit); the items then carry only those, required or not.</summary>
    public string? Fields { get; init; }

    /// <summary>Page number, from 1 (ignored when a cursor is given).</summary>
    [Range(1, 100_000)]
    [DefaultValue(1)]
    public int? Page { get; init; }

    /// <summary>Items per page.</summary>
    [Range(1, PageRequestDefaults.MaxPageSize)]
    [DefaultValue(PageRequestDefaults.PageSize)]
    public int? PageSize { get; init; }

    /// <summary>The nextCursor of the previous page: continue after its last item (keyset paging).</summary>
    public string? Cursor { get; init; }

    public static readonly IReadOnlyList<string> Sorts = ["position", "value", "-value", "publishedOn", "-publishedOn"];

    public static readonly IReadOnlyList<string> FieldNames =
        ["id", "metric", "category", "value", "valueMax", "unit", "qualifier", "text", "sentence", "start", "end", "publishedOn", "provenance", "place", "period", "metricKey", "status", "origin", "reviewed"];

    public string SortOrDefault => Sort ?? "position";
}

/// <summary>The filters and paging of <c>GET /api/v1/statistics/metrics</c>.</summary>
public sealed record MetricQuery : StatisticFilter
{
    /// <summary>Page number, from 1.</summary>
    [Range(1, 100_000)]
    [DefaultValue(1)]
    public int? Page { get; init; }

    /// <summary>Metrics per page.</summary>
    [Range(1, PageRequestDefaults.MaxPageSize)]
    [DefaultValue(PageRequestDefaults.PageSize)]
    public int? PageSize { get; init; }
}

internal sealed class StatisticFilterValidator : AbstractValidator<StatisticFilter>
{
    // Enough for any dashboard; a client cannot make the filter list grow without bound.
    public const int MaxCategories = 10;

    public StatisticFilterValidator()
    {
        RuleFor(f => f.Category).Must(c => c!.Length <= MaxCategories).When(f => f.Category is not null)
            .WithMessage($"category may be given at most {MaxCategories} times.");
        RuleFor(f => f.Categories).Must(c => c!.All(StatisticCategory.All.Contains)).When(f => f.Category is not null)
            .WithMessage($"category must be one of: {string.Join(", ", StatisticCategory.All)}.").OverridePropertyName("category");
        RuleFor(f => f.Metric).Length(1, 100);
        RuleFor(f => f.Unit).Length(1, 20);
        RuleFor(f => f.Qualifier).MustBeOneOf(StatisticQualifier.All);
        RuleFor(f => f.Status).MustBeOneOf(StatisticFilter.Statuses);
        RuleFor(f => f.MaxValue).GreaterThanOrEqualTo(f => f.MinValue).When(f => f.MinValue is not null && f.MaxValue is not null)
            .WithMessage("maxValue must not be less than minValue.");
        RuleFor(f => f.ArticleId).GreaterThan(0);
        RuleFor(f => f.DocumentId).GreaterThan(0);
        RuleFor(f => f.PublishedTo).GreaterThanOrEqualTo(f => f.PublishedFrom).When(f => f.PublishedFrom is not null && f.PublishedTo is not null)
            .WithMessage("publishedTo must not be before publishedFrom.");
        PlaceFilter.AddRules(this, f => f.Place);
        RuleFor(f => f.Year).InclusiveBetween(1, 9999);
        RuleFor(f => f.PeriodTo).GreaterThanOrEqualTo(f => f.PeriodFrom).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("periodTo must not be before periodFrom.");
        RuleFor(f => f.MetricKey).Length(1, 100);
    }
}

internal sealed class StatisticQueryValidator : AbstractValidator<StatisticQuery>
{
    public StatisticQueryValidator()
    {
        Include(new StatisticFilterValidator());
        RuleFor(q => q.Sort).MustBeOneOf(StatisticQuery.Sorts);
        RuleFor(q => q.Fields).MustListOnly(StatisticQuery.FieldNames);
        Include(new PageRequestValidator<StatisticQuery>(q => q.SortOrDefault));
    }
}

internal sealed class MetricQueryValidator : AbstractValidator<MetricQuery>
{
    public MetricQueryValidator()
    {
        Include(new StatisticFilterValidator());
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageRequestDefaults.MaxPageSize);
    }
}
