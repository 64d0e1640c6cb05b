using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ContentApi.Paging;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Documents;

/// <summary>The filter and paging of <c>GET /api/v1/documents</c>, newest first.</summary>
public sealed record DocumentQuery : IPageRequest
{
    /// <summary>Only documents from this source (exact match).</summary>
    public string? Source { get; init; }

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

    internal string SortOrDefault => "-id";
}

internal sealed class DocumentQueryValidator : AbstractValidator<DocumentQuery>
{
    public DocumentQueryValidator()
    {
        RuleFor(q => q.Source).MaximumLength(200);
        Include(new PageRequestValidator<DocumentQuery>(q => q.SortOrDefault));
    }
}
