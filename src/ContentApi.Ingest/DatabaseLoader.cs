using System.Collections.Concurrent;
using System.Threading.Channels;
using ContentApi.Data.Documents;
using ContentApi.Inputs;
using ContentApi.Text;
using Dapper;
using Npgsql;

namespace ContentApi.Ingest;

/// <summary>
/// Loads pages straight into the database: read and parse on every core, then binary COPY in batches through the
/// bulk writer, one transaction a batch, so an interrupted load keeps every batch it committed. Pages already
/// stored are skipped by content hash before they are parsed. A page the schema would refuse fails alone: it is
/// checked first, and a batch that fails anyway is written again page by page.
/// </summary>
public sealed class DatabaseLoader(NpgsqlDataSource dataSource, int maxPdfPages, int batchSize)
{
    private sealed record ParsedItem(string Origin, PageToStore Page, List<string> Categories);

    public async Task RunAsync(IReadOnlyList<PageItem> items, int parallel, IngestReport report, Action progress, CancellationToken cancellationToken)
    {
        var seen = await StoredHashesAsync(cancellationToken);
        var parsed = Channel.CreateBounded<ParsedItem>(batchSize * 2);
        var writer = new BulkDocumentWriter(dataSource);
        var writing = Task.Run(() => WriteAsync(parsed.Reader, writer, report, progress, cancellationToken), cancellationToken);
        try
        {
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (item, token) =>
            {
                if (Prepare(item, seen, report) is { } page)
                {
                    await parsed.Writer.WriteAsync(page, token);
                }
                else
                {
                    progress();
                }
            });
        }
        finally
        {
            parsed.Writer.Complete();
        }

        await writing;
    }

    private ParsedItem? Prepare(PageItem item, ConcurrentDictionary<string, byte> seen, IngestReport report)
    {
        try
        {
            var input = item.Read();
            var text = input.Text ?? PageReader.Read(input.Bytes!, input.Format, maxPdfPages);
            PageChecks.Require(text, input.Metadata);
            if (!seen.TryAdd(Convert.ToHexString(DocumentWriter.ContentHash(text)), 0))
            {
                report.AddSkipped();
                return null;
            }

            var original = input.Bytes is null || input.Format == PageFormat.Text ? null : new PageOriginal(input.MediaType, input.Bytes);
            var page = PageExtractor.Extract(text, input.Metadata.Facts);
            return new ParsedItem(item.Origin, new PageToStore(text, page, input.Metadata, original), page.Articles.SelectMany(a => a.Statistics).Select(s => s.Category).ToList());
        }
        catch (Exception e) when (e is PageSourceException or UnreadablePageException or IOException or UnauthorizedAccessException)
        {
            report.AddFailed(item.Origin, e.Message);
            return null;
        }
    }

    private async Task WriteAsync(ChannelReader<ParsedItem> parsed, BulkDocumentWriter writer, IngestReport report, Action progress, CancellationToken cancellationToken)
    {
        var batch = new List<ParsedItem>();
        while (await parsed.WaitToReadAsync(cancellationToken))
        {
            while (batch.Count < batchSize && parsed.TryRead(out var item))
            {
                batch.Add(item);
            }

            await StoreAsync(batch, writer, report, cancellationToken);
            foreach (var _ in batch)
            {
                progress();
            }

            batch.Clear();
        }
    }

    private static async Task StoreAsync(List<ParsedItem> batch, BulkDocumentWriter writer, IngestReport report, CancellationToken cancellationToken)
    {
        try
        {
            await writer.IngestAsync(batch.Select(b => b.Page).ToList(), cancellationToken);
            foreach (var item in batch)
            {
                report.AddStored(item.Categories);
            }
        }
        catch (PostgresException) when (batch.Count > 1)
        {
            foreach (var item in batch)
            {
                await StoreAsync([item], writer, report, cancellationToken);
            }
        }
        catch (PostgresException e)
        {
            // The batch's transaction rolled back; the server's message names the constraint the page broke.
            report.AddFailed(batch[0].Origin, $"the database refused the page: {e.MessageText}");
        }
    }

    private async Task<ConcurrentDictionary<string, byte>> StoredHashesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var hashes = await connection.QueryAsync<byte[]>(new CommandDefinition("SELECT content_hash FROM documents", cancellationToken: cancellationToken));
        return new ConcurrentDictionary<string, byte>(hashes.Select(h => KeyValuePair.Create(Convert.ToHexString(h), (byte)0)));
    }
}
