using System.CommandLine;
using ContentApi.Data;
using ContentApi.Data.Local;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentApi.Cli;

/// <summary>
/// The database a command works on: <c>--connection</c>, else <c>ConnectionStrings__Content</c> from the
/// environment, else the service's own development cluster (started for the command and stopped after it), so
/// that on a developer's machine the keys and data a command makes are the ones <c>dotnet run</c> serves.
/// </summary>
internal sealed class CliDatabase : IAsyncDisposable
{
    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "PostgreSQL connection string (default: ConnectionStrings__Content, else the development cluster of src/ContentApi).",
    };

    public static readonly Option<string> DataDirectoryOption = new("--data-dir")
    {
        Description = "The development cluster's folder, used when no connection string is given.",
        DefaultValueFactory = _ => Path.Combine("src", "ContentApi", ".data", "postgres"),
    };

    private readonly LocalPostgres? _local;

    private CliDatabase(ContentDataSources dataSources, LocalPostgres? local)
    {
        DataSources = dataSources;
        _local = local;
    }

    public ContentDataSources DataSources { get; }

    public static async Task<CliDatabase> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var connection = parse.GetValue(ConnectionOption) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Content");
        LocalPostgres? local = null;
        if (string.IsNullOrWhiteSpace(connection))
        {
            var binaries = PostgresBinaries.Find() ?? throw new LocalPostgresException(PostgresBinaries.InstallAdvice);
            local = await LocalPostgres.StartAsync(parse.GetValue(DataDirectoryOption)!, binaries, cancellationToken: cancellationToken);
            connection = local.ConnectionString();
        }

        await DatabaseMigrator.MigrateAsync(connection, NullLogger.Instance, cancellationToken);
        return new CliDatabase(new ContentDataSources(connection), local);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSources.DisposeAsync();
        // A cluster the running service started stays up for it; one started for this command stops with it.
        if (_local is { WasRunning: false })
        {
            await _local.StopAsync();
        }
    }
}
