using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ContentApi.Paging;
using ContentApi.Places;
using ContentApi.Text.Statistics;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Articles;

/// <summary>The filters, sort and paging of <c>GET /api/v1/articles</c>.</summary>
public sealed record ArticleQuery : IPageRequest
{
    /// <summary>Chinese substring searched in titles and bodies (e.g. 志愿者); results gain a highlighted snippet.</summary>
    [StringLength(100, MinimumLength = 1)]
    public string? Q { get; init; }

    /// <summary>Only articles from this source (exact match).</summary>
    public string? Source { get; init; }

    /// <summary>Only articles published on or after this date (ISO 8601, e.g. 2024-01-01).</summary>
    public DateOnly? PublishedFrom { get; init; }

    /// <summary>Only articles published on or before this date (ISO 8601).</summary>
    public DateOnly? PublishedTo { get; init; }

    /// <summary>Only articles of this document.</summary>
    [Range(1, long.MaxValue)]
    public long? DocumentId { get; init; }

    /// <summary>Only articles that have at least one statistic of this category.</summary>
    public string? Category { get; init; }

    /// <summary>Only articles with a statistic in this area or an area inside it: a division's code (12 is all of Tianjin, 120106 红桥区 with its streets) or its name (红桥区).</summary>
    public string? Place { get; init; }

    /// <summary>The code the place filter names, or null.</summary>
    internal string? PlaceCode => PlaceFilter.CodeOf(Place);

    /// <summary>Order: -publishedOn (newest first, default), publishedOn, title, or relevance (with q).</summary>
    [DefaultValue("-publishedOn")]
    public string? Sort { get; init; }

    /// <summary>Sparse fieldset: a comma-separated list of the item fields to return (e.g. id,title,publishedOn); the items then carry only those, required or not.</summary>
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

    public static readonly IReadOnlyList<string> Sorts = ["-publishedOn", "publishedOn", "title", "relevance"];

    public static readonly IReadOnlyList<string> FieldNames =
        ["id", "documentId", "position", "title", "subtitle", "publishedOn", "source", "statisticCount", "snippet"];

    public string SortOrDefault => Sort ?? "-publishedOn";
}

internal sealed class ArticleQueryValidator : AbstractValidator<ArticleQuery>
{
    public ArticleQueryValidator()
    {
        RuleFor(q => q.Q).Length(1, 100).Must(q => q!.Trim().Length > 0).When(q => q.Q is not null)
            .WithMessage("q must have 1 to 100 characters that are not all white space.");
        RuleFor(q => q.Source).MaximumLength(200);
        RuleFor(q => q.DocumentId).GreaterThan(0);
        RuleFor(q => q.Category).MustBeOneOf(StatisticCategory.All);
        PlaceFilter.AddRules(this, q => q.Place);
        RuleFor(q => q.Sort).MustBeOneOf(ArticleQuery.Sorts);
        RuleFor(q => q.Sort).NotEqual("relevance").When(q => q.Q is null).WithMessage("sort=relevance needs q.");
        RuleFor(q => q.PublishedTo).GreaterThanOrEqualTo(q => q.PublishedFrom).When(q => q.PublishedFrom is not null && q.PublishedTo is not null)
            .WithMessage("publishedTo must not be before publishedFrom.");
        RuleFor(q => q.Fields).MustListOnly(ArticleQuery.FieldNames);
        Include(new PageRequestValidator<ArticleQuery>(q => q.SortOrDefault));
    }
}
