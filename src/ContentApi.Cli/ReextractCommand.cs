using System.CommandLine;
using System.Diagnostics;
using ContentApi.Data.Corrections;
using ContentApi.Text;
using Npgsql;
using ShellProgressBar;

namespace ContentApi.Cli;

/// <summary>
/// <c>contentapi reextract [--document N | --all] [--dry-run]</c>: runs the current parser and extractor again on
/// stored pages, one transaction per document, keeping every editor's correction; reports per document what was
/// added, removed and changed. <c>--all</c> takes the documents not yet at the current extractor version, so a run
/// interrupted (Ctrl+C: the documents in flight roll back) and started again goes on where it stopped.
/// </summary>
internal static class ReextractCommand
{
    public static Command Create()
    {
        var document = new Option<long?>("--document") { Description = "Re-extract this document (even if it is at the current version)." };
        var all = new Option<bool>("--all") { Description = "Re-extract every document not at the current extractor version." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would change, and write nothing." };
        var workers = new Option<int>("--workers") { Description = "Documents re-extracted at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("reextract", $"Run the current extractor ({PageExtractor.Version}) again on stored pages, keeping editors' corrections.")
        {
            document,
            all,
            dryRun,
            workers,
            CliDatabase.ConnectionOption,
            CliDatabase.DataDirectoryOption,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(document) is null == !result.GetValue(all))
            {
                result.AddError("Give either --document N or --all.");
            }
        });
        workers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--workers must be at least 1.");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(parse, parse.GetValue(document), parse.GetValue(dryRun), parse.GetValue(workers), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, long? document, bool dryRun, int workers, CancellationToken cancellationToken)
    {
        await using var database = await CliDatabase.OpenAsync(parse, cancellationToken);
        // A page with thousands of statistics may take longer than the service's deadline for a command.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.DataSources.WriteConnectionString) { CommandTimeout = 0 }.ConnectionString);
        var reextractor = new DocumentReextractor(dataSource);
        if (document is { } id)
        {
            if (await reextractor.ReextractAsync(id, dryRun, onlyIfOutdated: false, cancellationToken) is not var (report, _))
            {
                await Console.Error.WriteLineAsync($"There is no document {id}.");
                return 1;
            }

            Console.WriteLine(Describe(report, detailed: true));
            return 0;
        }

        var ids = await reextractor.OutdatedAsync(cancellationToken);
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        using (var progress = new ProgressBar(Math.Max(ids.Count, 1), dryRun ? "Re-extracting (dry run)" : "Re-extracting", new ProgressBarOptions { ProgressCharacter = '─', CollapseWhenFinished = true }))
        {
            try
            {
                await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, async (documentId, token) =>
                {
                    if (await reextractor.ReextractAsync(documentId, dryRun, onlyIfOutdated: true, token) is not var (report, _))
                    {
                        return;
                    }

                    lock (tally)
                    {
                        tally.Add(report);
                        if (report.ChangesAnything || report.Orphaned.Count > 0)
                        {
                            progress.WriteLine(Describe(report, detailed: false));
                        }

                        progress.Tick($"{tally.Documents:N0}/{ids.Count:N0} documents, {tally.Documents / clock.Elapsed.TotalSeconds:F0}/s");
                    }
                });
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Console.WriteLine($"Interrupted after {tally.Documents:N0} of {ids.Count:N0} documents; what was done is committed. Run the same command again to go on.");
                return 130;
            }
        }

        Console.WriteLine($"{(dryRun ? "Dry run, nothing written: would re-extract" : "Re-extracted")} {tally.Documents:N0} documents in {clock.Elapsed.TotalSeconds:F1} s " +
                          $"({tally.Documents / Math.Max(clock.Elapsed.TotalSeconds, 0.001):F0}/s) to extractor {PageExtractor.Version}: {tally.Changed:N0} with changes, " +
                          $"{tally.Skipped:N0} already current; statistics {tally.Added:N0} added, {tally.Removed:N0} removed, {tally.ChangedStatistics:N0} changed, " +
                          $"{tally.Unchanged:N0} unchanged, {tally.Orphaned:N0} editors' corrections orphaned; {tally.Rederived:N0} documents with articles re-derived.");
        return 0;
    }

    private static string Describe(ReextractionReport report, bool detailed)
    {
        if (report.Skipped)
        {
            return $"document {report.DocumentId}: already at {report.Version}";
        }

        var structure = report.Structure;
        var line = $"document {report.DocumentId} ({report.PreviousVersion} → {report.Version}): +{report.Added.Count} -{report.Removed.Count} ~{report.Changed.Count} statistics, " +
                   $"{report.Unchanged} unchanged, {report.Orphaned.Count} orphaned" +
                   (structure.Rederived ? $"; articles kept {structure.ArticlesKept}, +{structure.ArticlesAdded} -{structure.ArticlesRemoved}, sections +{structure.SectionsAdded} -{structure.SectionsRemoved}, paragraphs +{structure.ParagraphsAdded} -{structure.ParagraphsRemoved}" : "") +
                   (report.Written ? "" : " (not written)");
        if (!detailed)
        {
            return line;
        }

        var details = report.Added.Select(s => $"  added   {s.Start}..{s.End} {s.Text}{(s.Id is { } id ? $" (statistic {id})" : "")}")
            .Concat(report.Removed.Select(s => $"  removed statistic {s.Id} {s.Start}..{s.End} {s.Text}"))
            .Concat(report.Changed.Select(s => $"  changed statistic {s.Id} {s.Start}..{s.End} {s.Text}: {string.Join(", ", s.Fields)}"))
            .Concat(report.Orphaned.Select(s => $"  orphaned statistic {s.Id} {s.Start}..{s.End} {s.Text}: kept where it was, no paragraph holds it now"));
        return string.Join('\n', details.Prepend(line));
    }

    /// <summary>The sums over a run.</summary>
    private sealed class Tally
    {
        public int Documents, Skipped, Changed, Rederived;
        public long Added, Removed, ChangedStatistics, Unchanged, Orphaned;

        public void Add(ReextractionReport report)
        {
            Documents++;
            Skipped += report.Skipped ? 1 : 0;
            Changed += report.ChangesAnything ? 1 : 0;
            Rederived += report.Structure.Rederived ? 1 : 0;
            Added += report.Added.Count;
            Removed += report.Removed.Count;
            ChangedStatistics += report.Changed.Count;
            Unchanged += report.Unchanged;
            Orphaned += report.Orphaned.Count;
        }
    }
}
