using ContentApi.Data.Documents;
using ContentApi.Text.Parsing;

namespace ContentApi.Documents;

/// <summary>The one path by which a page enters the archive: parse, extract, store in one transaction.</summary>
public sealed class DocumentIngest(DocumentWriter writer, PageParsing parsing)
{
    public async Task<(IngestResult Result, ParsedPage Page)> IngestAsync(string text, DocumentMetadata metadata, CancellationToken cancellationToken) =>
        await IngestAsync(text, metadata, original: null, cancellationToken);

    /// <summary>Ingests a page that arrived as HTML or PDF: its text, and the bytes it was read from.</summary>
    public async Task<(IngestResult Result, ParsedPage Page)> IngestAsync(string text, DocumentMetadata metadata, PageOriginal? original, CancellationToken cancellationToken)
    {
        var page = await parsing.ExtractAsync(text, explain: false, cancellationToken);
        var result = await writer.IngestAsync(text, page, metadata, original, cancellationToken);
        return (result, page);
    }
}
