using ContentApi.Data.Documents;
using ContentApi.Text;
using ContentApi.Text.Parsing;

namespace ContentApi.Documents;

/// <summary>The one path by which a page enters the archive: parse, extract, store in one transaction.</summary>
public sealed class DocumentIngest(DocumentWriter writer)
{
    public async Task<(IngestResult Result, ParsedPage Page)> IngestAsync(string text, DocumentMetadata metadata, CancellationToken cancellationToken)
    {
        var page = PageExtractor.Extract(text);
        var result = await writer.IngestAsync(text, page, metadata, cancellationToken);
        return (result, page);
    }
}
