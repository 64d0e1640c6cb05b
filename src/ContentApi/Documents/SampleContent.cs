using ContentApi.Data;
using ContentApi.Data.Documents;
using Dapper;

namespace ContentApi.Documents;

/// <summary>The bundled sample page and where it is loaded from.</summary>
public sealed class SampleOptions
{
    public const string SectionName = "Sample";

    public bool LoadWhenEmpty { get; set; } = true;

    /// <summary>Relative to the application's folder, where the build copies <c>samples/</c>.</summary>
    public string Path { get; set; } = "samples/000_a5e3d1870f42e52b.txt";

    public string? Source { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>The paper's home area (a division's code or name): the place of figures whose text names none.</summary>
    public string? Place { get; set; }
}

/// <summary>
/// Loads the bundled sample page into an empty archive at start-up, through the same ingest as POST /documents,
/// so a new user has content to query at once. It runs after the migrations (hosted services start in order).
/// </summary>
internal sealed class SampleContent(ContentDataSources dataSources, DocumentIngest ingest, IConfiguration configuration, ILogger<SampleContent> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(SampleOptions.SectionName).Get<SampleOptions>() ?? new SampleOptions();
        if (!options.LoadWhenEmpty)
        {
            return;
        }

        if (await HasDocumentsAsync(cancellationToken))
        {
            return;
        }

        var path = System.IO.Path.Combine(AppContext.BaseDirectory, options.Path);
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var (result, page) = await ingest.IngestAsync(text, new DocumentMetadata(options.Source, null, options.PublishedOn, options.Place), cancellationToken);
        logger.LogInformation("Loaded the sample page {Path} as document {DocumentId}: {Articles} articles, {Statistics} statistics",
            options.Path, result.DocumentId, page.Articles.Count, page.Articles.Sum(a => a.Statistics.Count));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // On a connection of its own, given back before the ingest takes one: holding it meanwhile would take two of the
    // pool's few connections at once.
    private async Task<bool> HasDocumentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM documents)", cancellationToken: cancellationToken));
    }
}
