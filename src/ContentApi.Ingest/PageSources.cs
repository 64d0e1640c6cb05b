using System.Text.Json;
using ContentApi.Data.Documents;
using ContentApi.Inputs;

namespace ContentApi.Ingest;

/// <summary>
/// One page to load: where it comes from (a file, or a file and line), its format, its text or its bytes with their
/// media type, and what its source said about it. <c>Place</c> is carried as given (a JSON Lines field) for whoever
/// stores places.
/// </summary>
public sealed record PageInput(string Origin, PageFormat Format, string? Text, byte[]? Bytes, string MediaType, DocumentMetadata Metadata, string? Place);

/// <summary>A page found on a path, read only when a worker takes it; reading may fail, and then only this page fails.</summary>
public sealed record PageItem(string Origin, Func<PageInput> Read);

/// <summary>
/// What <c>contentapi ingest PATH…</c> loads: JSON Lines files (<c>{text|html, source, sourceUrl, publishedOn, place}</c>
/// a line), folders (their .txt, .html/.htm, .pdf and .jsonl files, recursively, in name order), and single page files.
/// </summary>
public static class PageSources
{
    public static List<PageItem> Find(IEnumerable<string> paths)
    {
        var items = new List<PageItem>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => IsJsonLines(f) || PageFormats.FromExtension(f) is not null).Order(StringComparer.Ordinal)
                : Enumerable.Repeat(path, 1);
            foreach (var file in files)
            {
                if (IsJsonLines(file) && File.Exists(file))
                {
                    items.AddRange(File.ReadLines(file).Select((line, index) => (line, origin: $"{file}:{index + 1}")).Where(l => !string.IsNullOrWhiteSpace(l.line))
                        .Select(l => new PageItem(l.origin, () => JsonLine(l.line, l.origin))));
                }
                else
                {
                    items.Add(FileItem(file));
                }
            }
        }

        return items;
    }

    private static bool IsJsonLines(string path) => Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";

    private static PageItem FileItem(string path) => new(path, () =>
    {
        var format = PageFormats.FromExtension(path) ?? throw new PageSourceException("not a page file: .txt, .html, .htm, .pdf or .jsonl");
        if (!File.Exists(path))
        {
            throw new PageSourceException("no such file");
        }

        return new PageInput(path, format, null, File.ReadAllBytes(path), format.MediaType(), new DocumentMetadata(null, null, null), null);
    });

    private static PageInput JsonLine(string line, string origin)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(line).RootElement;
        }
        catch (JsonException e)
        {
            throw new PageSourceException($"not a JSON object: {e.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new PageSourceException("not a JSON object");
        }

        var text = String(root, "text");
        var html = String(root, "html");
        if ((text is null) == (html is null))
        {
            throw new PageSourceException("a line needs text or html, and not both");
        }

        DateOnly? publishedOn = null;
        if (String(root, "publishedOn") is { } date)
        {
            publishedOn = DateOnly.TryParseExact(date, "yyyy-MM-dd", out var parsed) ? parsed : throw new PageSourceException($"publishedOn is not a date as YYYY-MM-DD: {date}");
        }

        // The page's place, a division's code or name (120106, 红桥区): the place of figures whose text names none.
        var place = String(root, "place");
        var metadata = new DocumentMetadata(String(root, "source"), String(root, "sourceUrl"), publishedOn, place);
        return html is not null
            // HTML from a JSON line is UTF-8, as JSON is, whatever its meta tag says.
            ? new PageInput(origin, PageFormat.Html, null, System.Text.Encoding.UTF8.GetBytes(html), PageFormats.HtmlMediaType + "; charset=utf-8", metadata, place)
            : new PageInput(origin, PageFormat.Text, text, null, PageFormats.TextMediaType, metadata, place);
    }

    private static string? String(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new PageSourceException($"{name} must be a string");
}

/// <summary>A page that could not be taken from its source (a bad line, a missing file); the message says why.</summary>
public sealed class PageSourceException(string message) : Exception(message);
