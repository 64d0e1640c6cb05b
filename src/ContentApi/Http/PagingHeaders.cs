using ContentApi.Paging;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace ContentApi.Http;

/// <summary>
/// X-Total-Count and an RFC 8288 Link header (rel=next, rel=prev) for lists, as WordPress and GitHub clients expect.
/// The links keep the request's own parameters and change only the paging ones.
/// </summary>
internal static class PagingHeaders
{
    /// <summary>Sets the paging headers of one page of a list and makes its envelope.</summary>
    public static PagedResponse<T> PageOf<T>(this HttpResponse response, IPageRequest request, IReadOnlyList<T> items, long total, Cursor? next) =>
        new(items, response.AddPagingHeaders(request, total, next), request.SizeOf(), total, next?.Encode());

    /// <summary>Sets the paging headers and returns the page number: null when the list is paged by cursor.</summary>
    public static int? AddPagingHeaders(this HttpResponse response, IPageRequest request, long total, Cursor? next)
    {
        var page = request.Cursor is null ? request.NumberOf() : (int?)null;
        response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var links = new List<string>();
        if (next is not null)
        {
            links.Add(Link(response.HttpContext.Request, "next", ("cursor", next.Encode()), ("page", null)));
        }

        if (page is > 1)
        {
            links.Add(Link(response.HttpContext.Request, "prev", ("page", (page - 1).ToString()), ("cursor", null)));
        }

        if (links.Count > 0)
        {
            response.Headers.Link = string.Join(", ", links);
        }

        return page;
    }

    private static string Link(HttpRequest request, string rel, params (string Name, string? Value)[] changes)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder();
        foreach (var (name, values) in query)
        {
            if (changes.All(c => !string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var value in values)
                {
                    builder.Add(name, value ?? "");
                }
            }
        }

        foreach (var (name, value) in changes)
        {
            if (value is not null)
            {
                builder.Add(name, value);
            }
        }

        return $"<{request.PathBase}{request.Path}{builder.ToQueryString()}>; rel=\"{rel}\"";
    }
}
