using System.Diagnostics;
using Npgsql;

namespace ContentApi.Ingest;

/// <summary>
/// A bulk load: the pages found on the paths, through the API (<c>Options.Api</c>) or straight into the database of
/// <c>Options.Connection</c>. Resumable: what is already stored is skipped by content hash, so a load that was
/// interrupted is finished by running it again.
/// </summary>
public static class BulkIngest
{
    /// <summary>How a load runs: what to load, and where to (the API, else the database of <c>Connection</c>).</summary>
    public sealed record Options(string[] Paths, Uri? Api, string? Key, int Parallel, int Batch, int MaxPdfPages, string? Connection = null);

    /// <summary>
    /// Runs a load to its end or to the token's cancellation; what was committed stays, and the report says how far it
    /// got. With <c>options.Api</c>, <paramref name="api"/> is the client to send with (the tests' in-memory server);
    /// without it one is made. <paramref name="onProgress"/> sees the report after each page.
    /// </summary>
    public static async Task<IngestReport> RunAsync(Options options, CancellationToken cancellationToken, Action<IngestReport>? onProgress = null, HttpClient? api = null)
    {
        var items = PageSources.Find(options.Paths);
        var report = new IngestReport();
        var clock = Stopwatch.StartNew();
        var progressLock = new Lock();
        void Progress()
        {
            lock (progressLock)
            {
                onProgress?.Invoke(report);
            }
        }

        try
        {
            if (options.Api is { } address)
            {
                using var owned = api is null ? new HttpClient { BaseAddress = new Uri(address.ToString().TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(2) } : null;
                var http = api ?? owned!;
                if (options.Key is not null)
                {
                    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", options.Key);
                }

                await new ApiLoader(http).RunAsync(items, options.Parallel, report, Progress, cancellationToken);
            }
            else
            {
                // A batch's COPY takes longer than the service's deadline for a command.
                await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(options.Connection) { CommandTimeout = 0 }.ConnectionString);
                await new DatabaseLoader(dataSource, options.MaxPdfPages, options.Batch).RunAsync(items, options.Parallel, report, Progress, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted: every batch and request that completed stays, and the report counts them.
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }
}
