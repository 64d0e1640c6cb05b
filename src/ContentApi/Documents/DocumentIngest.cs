using ContentApi.Data.Documents;
using ContentApi.Telemetry;
using ContentApi.Text.Parsing;

namespace ContentApi.Documents;

/// <summary>The one path by which a page enters the archive: parse, extract, store in one transaction.</summary>
public sealed class DocumentIngest(DocumentWriter writer, PageParsing parsing, ContentMetrics metrics)
{
    public async Task<(IngestResult Result, ParsedPage Page)> IngestAsync(string text, DocumentMetadata metadata, CancellationToken cancellationToken) =>
        await IngestAsync(text, metadata, original: null, cancellationToken);

    /// <summary>Ingests a page that arrived as HTML or PDF: its text, and the bytes it was read from.</summary>
    public async Task<(IngestResult Result, ParsedPage Page)> IngestAsync(string text, DocumentMetadata metadata, PageOriginal? original, CancellationToken cancellationToken)
    {
        // One span for the whole ingest, so the parse and every database command of it sit under it in a trace.
        using var activity = ContentTracing.Source.StartActivity("ingest page");
        var page = await parsing.ExtractAsync(text, metadata.Facts, explain: false, cancellationToken);
        var result = await writer.IngestAsync(text, page, metadata, original, cancellationToken);
        activity?.SetTag("contentapi.document.id", result.DocumentId);
        metrics.PageStored(result.Created);
        if (result.Created)
        {
            foreach (var category in page.Articles.SelectMany(a => a.Statistics).GroupBy(s => s.Category))
            {
                metrics.StatisticsExtracted(category.Key, category.Count());
            }
        }

        return (result, page);
    }
}
