using ContentApi.Data;
using ContentApi.Data.Local;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testcontainers.PostgreSql;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run, chosen in this order: <c>CONTENTAPI_TEST_CONNECTION</c>; a
/// Testcontainers container when a Docker engine answers; else a throwaway cluster from the local binaries, started
/// by the same <see cref="LocalPostgres"/> the service uses. Each test class gets a database of its own, copied
/// from a migrated template, so classes run in parallel without seeing each other's rows.
/// </summary>
public sealed class TestDatabaseServer
{
    private const string TemplateDatabase = "contentapi_template";

    private static readonly Lazy<Task<TestDatabaseServer>> Shared = new(StartAsync);

    private readonly string _adminConnectionString;

    private TestDatabaseServer(string adminConnectionString, LocalPostgres? local)
    {
        _adminConnectionString = adminConnectionString;
        Local = local;
    }

    /// <summary>The local cluster, when the run uses one: the outage tests stop and start it.</summary>
    public LocalPostgres? Local { get; }

    public static Task<TestDatabaseServer> GetAsync() => Shared.Value;

    /// <summary>
    /// Stops and deletes the run's throwaway cluster, if one was started: the teardown of <see cref="TestRunFramework"/>
    /// after the last test. Should the host die first, the next throwaway start deletes the cluster.
    /// </summary>
    public static async Task DeleteLocalClusterAsync()
    {
        if (Shared.IsValueCreated && Shared.Value.IsCompletedSuccessfully && Shared.Value.Result.Local is { } local)
        {
            await local.DisposeAsync();
        }
    }

    /// <summary>Creates an empty, migrated database for one test class and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(_adminConnectionString, $"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}");
        return WithDatabase(name);
    }

    public string WithDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database }.ConnectionString;

    private static async Task<TestDatabaseServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("CONTENTAPI_TEST_CONNECTION");
        LocalPostgres? local = null;
        string admin;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            admin = configured;
        }
        else if (await TryStartContainerAsync() is { } container)
        {
            admin = container;
        }
        else
        {
            var binaries = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.InstallAdvice);
            local = await LocalPostgres.StartThrowawayAsync(binaries);
            admin = local.ConnectionString();
        }

        // Pooling off for the admin work: CREATE DATABASE … TEMPLATE fails while any session is open on the template.
        admin = new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString;
        var server = new TestDatabaseServer(admin, local);
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {TemplateDatabase}");
        await ExecuteAsync(admin, $"CREATE DATABASE {TemplateDatabase}");
        await DatabaseMigrator.MigrateAsync(server.WithDatabase(TemplateDatabase), NullLogger.Instance);
        return server;
    }

    private static async Task<string?> TryStartContainerAsync()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(dockerHost) && !File.Exists("/var/run/docker.sock"))
        {
            return null;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            return container.GetConnectionString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A socket with no engine behind it: fall back to the local binaries.
            return null;
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
