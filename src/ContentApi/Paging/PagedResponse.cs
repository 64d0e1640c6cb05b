namespace ContentApi.Paging;

/// <summary>
/// The envelope of every list. <see cref="Page"/> is the page number when paging by number and null when paging by
/// cursor; <see cref="NextCursor"/> continues after the last item and is null on the last page.
/// </summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int? Page, int PageSize, long Total, string? NextCursor);
