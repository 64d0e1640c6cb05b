using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// A description for every tag the operations use: the feature's own words where this list has them, else the paths
/// the tag groups, so that a feature added later never leaves a tag undescribed.
/// </summary>
internal sealed class TagDescriptionsFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["Documents"] = "Pages as received: ingest (parse, extract and store in one transaction), preview, list, raw text and deletion.",
        ["Articles"] = "The articles split from each page, with their authors, sections, paragraphs and statistics; full-text search.",
        ["Statistics"] = "Every figure extracted from the articles, with its value, unit, qualifier, what is counted, category and source span; counts per category and series per metric.",
        ["Corrections"] = "Editors' corrections: one statistic with its ETag, a merge patch of it under If-Match, its revisions, a figure added by its span, and re-extraction of a stored page.",
        ["Health"] = "Liveness, readiness and which database servers answer reads and writes, for load balancers and operators.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var pathsByTag = document.Paths
            .SelectMany(path => path.Value.Operations?.Values.SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => (Tag: t.Name, Path: path.Key)) ?? [])
            .Where(t => t.Tag is not null)
            .GroupBy(t => t.Tag!, t => t.Path)
            .ToDictionary(g => g.Key, g => g.Distinct().Order(StringComparer.Ordinal).ToList());

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, paths) in pathsByTag)
        {
            if (document.Tags.FirstOrDefault(t => t.Name == name) is not { } tag)
            {
                tag = new OpenApiTag { Name = name };
                document.Tags.Add(tag);
            }

            tag.Description ??= Known.TryGetValue(name, out var description) ? description : $"Operations on {string.Join(", ", paths.Select(p => $"`{p}`"))}.";
        }
    }
}
