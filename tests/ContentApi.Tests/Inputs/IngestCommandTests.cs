using System.Text;
using System.Text.Json;
using ContentApi.Ingest;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests.Inputs;

/// <summary><c>contentapi ingest</c> of a slice of the real corpus, through the API and into the database, interrupted and resumed.</summary>
public sealed class IngestCommandTests(IngestCommandTests.Fixture factory) : IClassFixture<IngestCommandTests.Fixture>
{
    private static readonly string Slice = Path.Combine(AppContext.BaseDirectory, "Inputs", "Corpus", "news-30.jsonl");
    private static readonly List<string> SliceTexts = File.ReadLines(Slice).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();

    [Fact]
    public async Task ALoadThroughTheApiThatIsInterruptedFinishesWhenRunAgainWithEveryTextStoredOnce()
    {
        var options = new BulkIngest.Options([Slice], new Uri("http://localhost/"), factory.WriteKey, Parallel: 4, Batch: 10, MaxPdfPages: 50);
        using var client = factory.CreateClient();
        var documentsBefore = await CountDocumentsAsync();
        var fresh = 30 - await CountStoredSliceTextsAsync();

        using var interrupt = new CancellationTokenSource();
        var first = await BulkIngest.RunAsync(options, interrupt.Token, r => { if (r.Stored >= 8) { interrupt.Cancel(); } }, client);
        Assert.True(fresh < 30 || first.Stored is >= 8 and < 30, first.Describe());
        var second = await BulkIngest.RunAsync(options, CancellationToken.None, api: client);
        var third = await BulkIngest.RunAsync(options, CancellationToken.None, api: client);

        Assert.Empty(second.Failures);
        Assert.Equal(30, second.Stored + second.Skipped);
        // Requests in flight when the load was interrupted may have been stored without their answer being counted.
        Assert.InRange(second.Stored, fresh - first.Stored - options.Parallel, fresh - first.Stored);
        Assert.Equal((0, 30), (third.Stored, third.Skipped));
        Assert.Equal(documentsBefore + fresh, await CountDocumentsAsync());
        Assert.True(second.StatisticsByCategory.Values.Sum() > 0);
        await AssertEveryTextStoredByteForByteAsync();
    }

    [Fact]
    public async Task ALoadIntoTheDatabaseTakesFoldersAndFilesSkipsWhatIsStoredAndReportsEachBadPageWithoutStopping()
    {
        var folder = Directory.CreateTempSubdirectory("ingest-");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Inputs", "Pages", "hubei-soil-conservation.html"), Path.Combine(folder.FullName, "a.html"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "b.pdf"), InputPages.SamplePdf);
        File.WriteAllText(Path.Combine(folder.FullName, "c.txt"), Pages.Numbered(1801));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Inputs", "Pages", "encrypted-with-password.pdf"), Path.Combine(folder.FullName, "d.pdf"));
        var lines = Path.Combine(folder.FullName, "more.jsonl");
        File.WriteAllLines(lines, ["{\"text\": \"" + Pages.Numbered(1802).Replace("\n", "\\n") + "\", \"source\": \"测试日报\", \"place\": \"天津市红桥区\"}", "{not json", "{\"text\": \"x\", \"publishedOn\": \"yesterday\"}"]);
        var options = new BulkIngest.Options([Slice, folder.FullName, Path.Combine(folder.FullName, "missing.txt")], null, null, Parallel: 2, Batch: 7, MaxPdfPages: 50, factory.ConnectionString);
        // The other test of this class may have loaded the slice already (through the API); a load of four new pages
        // would then finish before it can be interrupted, so the slice is taken out first and every page is new.
        await using (var cleanup = await factory.OpenDatabaseAsync())
        {
            await cleanup.ExecuteAsync("DELETE FROM documents WHERE raw_text = ANY(@SliceTexts)", new { SliceTexts = SliceTexts.ToArray() });
        }

        var documentsBefore = await CountDocumentsAsync();
        var fresh = 34 - await CountStoredSliceTextsAsync();

        using var interrupt = new CancellationTokenSource();
        var first = await BulkIngest.RunAsync(options, interrupt.Token, r => { if (r.Stored >= 3) { interrupt.Cancel(); } });
        var second = await BulkIngest.RunAsync(options, CancellationToken.None);
        var third = await BulkIngest.RunAsync(options, CancellationToken.None);

        Assert.True(first.Stored >= 3 && first.Stored < fresh, first.Describe());
        // 30 corpus lines, the HTML page, the PDF, the text file and the good line; the sample PDF's text is not the sample's.
        Assert.True(fresh == first.Stored + second.Stored, first.Describe() + second.Describe());
        Assert.Equal(34, second.Stored + second.Skipped);
        Assert.Equal(
            ["d.pdf: The PDF is encrypted", "missing.txt: no such file", "more.jsonl:2: not a JSON object", "more.jsonl:3: publishedOn is not a date"],
            second.Failures.Select(f => Prefix($"{Path.GetFileName(f.Origin)}: {f.Reason}")).Order(StringComparer.Ordinal).ToList());
        Assert.Equal((0, 34), (third.Stored, third.Skipped));
        Assert.Equal(documentsBefore + fresh, await CountDocumentsAsync());
        Assert.True(second.StatisticsByCategory.Values.Sum() > 0);
        await using var connection = await factory.OpenDatabaseAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM document_originals"));
        await AssertEveryTextStoredByteForByteAsync();
    }

    // A failure's reason up to its first sentence's key words, so that the test does not pin the whole message.
    private static string Prefix(string failure) =>
        new[] { "The PDF is encrypted", "no such file", "not a JSON object", "publishedOn is not a date" }.FirstOrDefault(failure.Contains) is { } known
            ? failure[..(failure.IndexOf(known, StringComparison.Ordinal) + known.Length)]
            : failure;

    private async Task AssertEveryTextStoredByteForByteAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        var stored = (await connection.QueryAsync<byte[]>("SELECT convert_to(raw_text, 'UTF8') FROM documents")).Select(Convert.ToHexString).ToHashSet();
        Assert.All(SliceTexts, t => Assert.Contains(Convert.ToHexString(Encoding.UTF8.GetBytes(t)), stored));
    }

    private async Task<int> CountStoredSliceTextsAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents WHERE raw_text = ANY(@SliceTexts)", new { SliceTexts = SliceTexts.ToArray() });
    }

    private async Task<long> CountDocumentsAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM documents");
    }

    public sealed class Fixture : ContentApiFactory
    {
        // A write budget the load overruns, so that it must wait out 429s as Retry-After says.
        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("RateLimiting:Writes:PermitLimit", "10"),
            ("RateLimiting:Writes:WindowSeconds", "2"),
        ];
    }
}
