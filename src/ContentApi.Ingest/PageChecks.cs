using ContentApi.Data.Documents;

namespace ContentApi.Ingest;

/// <summary>
/// The checks the service's validator makes on a page, made before a bulk load, so that a page the schema would
/// refuse fails alone instead of rolling back the batch it is in.
/// </summary>
public static class PageChecks
{
    public const int MaxTextLength = 1_000_000;

    public static void Require(string text, DocumentMetadata metadata)
    {
        if (string.IsNullOrWhiteSpace(text) || text.AsSpan().Trim(" \t\r\n\u3000").IsEmpty)
        {
            throw new PageSourceException("the page has no text");
        }

        if (text.Length > MaxTextLength)
        {
            throw new PageSourceException($"the text is longer than {MaxTextLength:N0} characters");
        }

        if (text.Contains('\0') || metadata.Source?.Contains('\0') == true)
        {
            throw new PageSourceException("the page contains NUL characters");
        }

        if (metadata.Source is { Length: 0 or > 200 })
        {
            throw new PageSourceException("source must have 1 to 200 characters");
        }

        if (metadata.SourceUrl is { } url && (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new PageSourceException("sourceUrl must be an absolute http or https URL of at most 2000 characters");
        }
    }
}
