using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using ContentApi.Cli.Generation;
using ContentApi.Data.Documents;
using ContentApi.Text.Places;
using Dapper;
using Npgsql;
using ShellProgressBar;

namespace ContentApi.Cli;

/// <summary>
/// <c>contentapi bench-data --pages N</c>: fills a database with a generated archive for the benchmarks, through
/// the real parser and extractor and a bulk COPY of the rows an ingest writes. Page n is always the same text,
/// so a second run with the same N stores nothing new and a larger N adds the pages missing. Without
/// <c>--connection</c> it fills the service's development cluster, which <c>dotnet run</c> then serves. Pages spread
/// over every county of the country and over 2015–2025 (<see cref="PageGenerator"/>).
/// </summary>
internal static class BenchDataCommand
{
    private const string SampleFile = "000_a5e3d1870f42e52b.txt";

    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = "How many pages the archive should have: each ~2 articles and ~48 statistics, so the default makes about a million.", DefaultValueFactory = _ => 21_500 };
        var batch = new Option<int>("--batch") { Description = "Pages per transaction.", DefaultValueFactory = _ => 200 };
        var writers = new Option<int>("--writers") { Description = "Transactions writing at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("bench-data", "Generate a realistic archive from the sample page's paragraphs and load it in bulk, for the benchmarks.")
        {
            pages,
            batch,
            writers,
            CliDatabase.ConnectionOption,
            CliDatabase.DataDirectoryOption,
        };
        foreach (var positive in new[] { pages, batch, writers })
        {
            positive.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{positive.Name} must be at least 1.");
                }
            });
        }

        command.SetAction((parse, cancellationToken) => RunAsync(parse, parse.GetValue(pages), parse.GetValue(batch), parse.GetValue(writers), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, int pages, int batchSize, int writers, CancellationToken cancellationToken)
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", SampleFile);
        var generator = new PageGenerator(SamplePieces.From(await File.ReadAllTextAsync(sample, cancellationToken)), new GeneratedAreas(DivisionTable.Default));

        await using var database = await CliDatabase.OpenAsync(parse, cancellationToken);
        // A batch's COPY and the VACUUM after the load take longer than the service's deadline for a command.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.DataSources.WriteConnectionString) { CommandTimeout = 0 }.ConnectionString);

        var load = await LoadAsync(generator, new BulkDocumentWriter(dataSource), pages, batchSize, writers, cancellationToken);
        Console.WriteLine($"Loaded {load.Stored:N0} new pages of {pages:N0} ({load.Statistics:N0} statistics parsed) in {load.Elapsed.TotalSeconds:F1} s: " +
                          $"{load.Stored / load.Elapsed.TotalSeconds:F0} pages/s with {writers} writer{(writers == 1 ? "" : "s")}, each waiting {load.WaitingForPages.TotalSeconds:F1} s of it for parsed pages");

        // Fresh planner statistics and visibility map, so that queries after a load plan as they will later; it also
        // merges the trigram entries the load left pending, so it counts as part of the load.
        var vacuuming = Stopwatch.StartNew();
        await using (var vacuum = dataSource.CreateCommand("VACUUM (ANALYZE) documents, articles, authors, sections, paragraphs, statistics"))
        {
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        var total = load.Elapsed + vacuuming.Elapsed;
        Console.WriteLine($"VACUUM (ANALYZE) in {vacuuming.Elapsed.TotalSeconds:F1} s; with it, {load.Stored / total.TotalSeconds:F0} pages/s");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<(long Documents, long Articles, long Statistics)>(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), (SELECT count(*) FROM statistics)");
        Console.WriteLine($"The archive: {counts.Documents:N0} documents, {counts.Articles:N0} articles, {counts.Statistics:N0} statistics.");
        return 0;
    }

    /// <summary>What a load did, and how long its writers waited for the parser.</summary>
    private sealed record LoadResult(int Stored, long Statistics, TimeSpan Elapsed, TimeSpan WaitingForPages);

    // Parsing runs on every core, a batch ahead of the writers, so that the database and the parser work at the same
    // time. Several writers, each with its own connection and transaction, keep PostgreSQL busy on every core: a
    // backend runs one statement on one core, and ingests overlap since the content version is bumped at commit.
    private static async Task<LoadResult> LoadAsync(PageGenerator generator, BulkDocumentWriter writer, int pages, int batchSize, int writers, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<IReadOnlyList<PageToStore>>(writers);
        // A writer that fails stops the others and the parser, which would otherwise wait for ever on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellationToken = stop.Token;
        var clock = Stopwatch.StartNew();
        var parse = Task.Run(async () =>
        {
            try
            {
                for (var first = 0; first < pages; first += batchSize)
                {
                    var batch = Enumerable.Range(first, Math.Min(batchSize, pages - first)).AsParallel().AsOrdered().WithCancellation(cancellationToken)
                        .Select(generator.Generate)
                        .ToList();
                    await batches.Writer.WriteAsync(batch, cancellationToken);
                }
            }
            finally
            {
                batches.Writer.Complete();
            }
        }, cancellationToken);

        using var progress = new ProgressBar(pages, "Loading pages", new ProgressBarOptions { ProgressCharacter = '─', CollapseWhenFinished = true });
        int stored = 0, done = 0;
        long statistics = 0, waitingTicks = 0;
        var progressLock = new Lock();
        var writing = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var waiting = Stopwatch.StartNew();
            while (await batches.Reader.WaitToReadAsync(cancellationToken))
            {
                if (!batches.Reader.TryRead(out var batch))
                {
                    continue;
                }

                waiting.Stop();
                int storedNow;
                try
                {
                    storedNow = await writer.IngestAsync(batch, cancellationToken);
                }
                catch
                {
                    await stop.CancelAsync();
                    throw;
                }

                lock (progressLock)
                {
                    stored += storedNow;
                    statistics += batch.Sum(p => p.Page.Articles.Sum(a => (long)a.Statistics.Count));
                    done += batch.Count;
                    progress.Tick(done, $"{done:N0}/{pages:N0} pages, {stored:N0} new, {done / clock.Elapsed.TotalSeconds:F0} pages/s");
                }

                waiting.Start();
            }

            Interlocked.Add(ref waitingTicks, waiting.Elapsed.Ticks);
        }, cancellationToken)).ToList();

        // The writers first: when one fails, its error is the one reported, not the cancellation it caused.
        await Task.WhenAll(writing.Append(parse));
        return new LoadResult(stored, statistics, clock.Elapsed, TimeSpan.FromTicks(waitingTicks / writers));
    }
}
