namespace ContentApi.Paging;

/// <summary>
/// Where a list starts: by page number (OFFSET; cost grows with depth) or by an opaque cursor (keyset; the same cost
/// at any depth). A cursor, when given, wins over <see cref="Page"/>.
/// </summary>
public interface IPageRequest
{
    int? Page { get; }

    int? PageSize { get; }

    string? Cursor { get; }
}

public static class PageRequestDefaults
{
    public const int PageSize = 20;
    public const int MaxPageSize = 100;

    public static int SizeOf(this IPageRequest request) => request.PageSize ?? PageSize;

    public static int NumberOf(this IPageRequest request) => request.Page ?? 1;
}
