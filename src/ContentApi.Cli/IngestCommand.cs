using System.CommandLine;
using System.Diagnostics;
using ContentApi.Ingest;
using ShellProgressBar;

namespace ContentApi.Cli;

/// <summary>
/// <c>contentapi ingest PATH…</c>: loads an archive — JSON Lines, folders of .txt/.html/.pdf, single files — through
/// the API (<c>--api URL --key KEY</c>) or straight into the database with the bulk writer. Resumable: what is already
/// stored is skipped by content hash, so a load that was interrupted is finished by running it again.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "JSON Lines files ({text|html, source, sourceUrl, publishedOn, place} a line), folders, or .txt/.html/.pdf files.", Arity = ArgumentArity.OneOrMore };
        var api = new Option<Uri?>("--api") { Description = "Load through this API (its base URL) instead of into the database." };
        var key = new Option<string?>("--key") { Description = "With --api: an API key with the write scope." };
        var parallel = new Option<int>("--parallel") { Description = "Pages read and parsed (or requests sent) at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Into the database: pages per transaction.", DefaultValueFactory = _ => 200 };
        var maxPdfPages = new Option<int>("--max-pdf-pages") { Description = "Into the database: the most pages a PDF may have.", DefaultValueFactory = _ => 50 };
        var command = new Command("ingest", "Load pages in bulk, through the API or straight into the database, and report what was stored, skipped and failed.")
        {
            paths, api, key, parallel, batch, maxPdfPages, CliDatabase.ConnectionOption, CliDatabase.DataDirectoryOption,
        };
        foreach (var positive in new[] { parallel, batch, maxPdfPages })
        {
            positive.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{positive.Name} must be at least 1.");
                }
            });
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BulkIngest.Options(parse.GetValue(paths)!, parse.GetValue(api), parse.GetValue(key), parse.GetValue(parallel), parse.GetValue(batch), parse.GetValue(maxPdfPages));
            if (options.Api is null)
            {
                await using var database = await CliDatabase.OpenAsync(parse, cancellationToken);
                options = options with { Connection = database.DataSources.WriteConnectionString };
                return Report(await RunWithProgressAsync(options, cancellationToken));
            }

            return Report(await RunWithProgressAsync(options, cancellationToken));
        });
        return command;
    }

    private static async Task<IngestReport> RunWithProgressAsync(BulkIngest.Options options, CancellationToken cancellationToken)
    {
        var total = PageSources.Find(options.Paths).Count;
        using var bar = new ProgressBar(total, "Loading pages", new ProgressBarOptions { ProgressCharacter = '─', CollapseWhenFinished = true });
        var report = await BulkIngest.RunAsync(options, cancellationToken, r => bar.Tick(r.Done,
            $"{r.Done:N0}/{total:N0} pages: {r.Stored:N0} stored, {r.Skipped:N0} skipped, {r.Failures.Count:N0} failed"));
        if (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("Interrupted: what was committed stays; run the same command again to load the rest.");
        }

        return report;
    }

    private static int Report(IngestReport report)
    {
        Console.Write(report.Describe());
        return report.Failures.Count == 0 ? 0 : 1;
    }
}
