using ContentApi.Data.Documents;
using ContentApi.Text.Parsing;

namespace ContentApi.Documents;

/// <summary>The one path by which a page enters the archive: parse, extract, store in one transaction.</summary>
public sealed class DocumentIngest(DocumentWriter writer, PageParsing parsing)
{
    public async Task<(IngestResult Result, ParsedPage Page)> IngestAsync(string text, DocumentMetadata metadata, CancellationToken cancellationToken)
    {
        var page = await parsing.ExtractAsync(text, metadata.Facts, explain: false, cancellationToken);
        var result = await writer.IngestAsync(text, page, metadata, cancellationToken);
        return (result, page);
    }
}
