using System.Net;

namespace ContentApi.Articles;

/// <summary>Search snippets: the excerpt around a match, safe to put into HTML, with every match in &lt;mark&gt;.</summary>
internal static class Snippets
{
    public static string? Highlight(string? excerpt, string? q)
    {
        if (excerpt is null || string.IsNullOrEmpty(q))
        {
            return null;
        }

        var parts = excerpt.Replace('\n', ' ').Split(q);
        return string.Join("<mark>" + WebUtility.HtmlEncode(q) + "</mark>", parts.Select(WebUtility.HtmlEncode));
    }
}
