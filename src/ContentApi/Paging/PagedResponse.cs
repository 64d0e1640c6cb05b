namespace ContentApi.Paging;

/// <summary>
/// The envelope of every list. <c>page</c> is the page number when paging by number and null when paging by
/// cursor; <c>nextCursor</c> continues after the last item and is null on the last page.
/// </summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int? Page, int PageSize, long Total, string? NextCursor);
