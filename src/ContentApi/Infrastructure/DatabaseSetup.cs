using ContentApi.Data;
using ContentApi.Data.Documents;
using ContentApi.Data.Local;
using ContentApi.Replicas;

namespace ContentApi.Infrastructure;

/// <summary>Where the database comes from, and the settings of the private one the service may start itself.</summary>
public sealed class LocalDatabaseOptions
{
    public const string SectionName = "LocalDatabase";

    /// <summary>The cluster's folder, relative to the content root; git-ignored.</summary>
    public string Directory { get; set; } = ".data/postgres";

    /// <summary>The folder of initdb and pg_ctl, when they are neither on PATH nor under /usr/lib/postgresql.</summary>
    public string? BinDirectory { get; set; }
}

internal static class DatabaseSetup
{
    /// <summary>
    /// Registers the read and write data sources. With no <c>ConnectionStrings:Content</c>, and only in Development,
    /// it first starts a private PostgreSQL from the machine's binaries and stops it when the host stops.
    /// </summary>
    public static WebApplicationBuilder AddContentDatabase(this WebApplicationBuilder builder)
    {
        var writeConnection = builder.Configuration.GetConnectionString("Content");
        var readConnection = builder.Configuration.GetConnectionString("ContentRead");
        if (string.IsNullOrWhiteSpace(writeConnection))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException("ConnectionStrings:Content is not set. Outside Development the service never starts a database of its own.");
            }

            var local = StartLocalDatabase(builder);
            builder.Services.AddSingleton(local);
            builder.Services.AddHostedService<LocalDatabaseLifetime>();
            writeConnection = local.ConnectionString("postgres");
            readConnection = null;
        }

        builder.Services.AddSingleton(new ContentDataSources(writeConnection, readConnection));
        // Reads see at least the request's X-Min-Data-Version and what this instance knows (ContentApi.Replicas).
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<KnownDataVersion>();
        builder.Services.AddSingleton<ReadConnections>();
        builder.Services.AddSingleton(sp => new DocumentWriter(sp.GetRequiredService<ContentDataSources>().Write));
        builder.Services.AddHostedService<DatabaseMigration>();
        return builder;
    }

    private static LocalPostgres StartLocalDatabase(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LocalDatabaseOptions.SectionName).Get<LocalDatabaseOptions>() ?? new LocalDatabaseOptions();
        var binaries = PostgresBinaries.Find(options.BinDirectory) ?? throw new LocalPostgresException(PostgresBinaries.InstallAdvice);
        // The host's logging is not built yet; this small factory lives as long as the cluster it reports on.
        var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        var directory = Path.Combine(builder.Environment.ContentRootPath, options.Directory);
        // The host is not built yet, so this one start-up step waits synchronously.
        return LocalPostgres.StartAsync(directory, binaries, loggerFactory.CreateLogger<LocalPostgres>()).GetAwaiter().GetResult();
    }

    /// <summary>Stops the private PostgreSQL when the host stops (Ctrl+C included); registered first, so it stops last.</summary>
    private sealed class LocalDatabaseLifetime(LocalPostgres local) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => local.StopAsync(CancellationToken.None);
    }

    /// <summary>Applies the migrations before the server takes requests.</summary>
    private sealed class DatabaseMigration(ContentDataSources dataSources, ILoggerFactory loggers) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            DatabaseMigrator.MigrateAsync(dataSources.WriteConnectionString, loggers.CreateLogger("DbUp"), cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
