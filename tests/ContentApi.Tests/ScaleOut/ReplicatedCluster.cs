using System.Diagnostics;
using ContentApi.Data;
using ContentApi.Data.Keys;
using ContentApi.Data.Local;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Tests.ScaleOut;

/// <summary>
/// A real primary and a real streaming standby from the local PostgreSQL binaries, in throwaway folders, and two
/// instances of the service configured as a scaled-out deployment: writes on the primary, reads on the standby.
/// </summary>
public sealed class ReplicatedCluster : IAsyncLifetime
{
    private const string Database = "contentapi";

    private readonly List<ReplicatedInstance> _instances = [];

    public LocalPostgres Primary { get; private set; } = null!;

    public LocalPostgres Standby { get; private set; } = null!;

    /// <summary>One instance of the service; it starts at its first client.</summary>
    public WebApplicationFactory<Program> First { get; private set; } = null!;

    /// <summary>Another instance on the same servers, with caches of its own.</summary>
    public WebApplicationFactory<Program> Second { get; private set; } = null!;

    private string _writeKey = "";

    public async Task InitializeAsync()
    {
        var binaries = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.InstallAdvice);
        Primary = await LocalPostgres.StartThrowawayAsync(binaries);
        try
        {
            await using (var connection = new NpgsqlConnection(Primary.ConnectionString()))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
                await create.ExecuteNonQueryAsync();
            }

            // Migrated and keyed before the standby is copied, so both servers start with the same schema and key.
            await DatabaseMigrator.MigrateAsync(Primary.ConnectionString(Database), NullLogger.Instance);
            _writeKey = await ContentApiFactory.CreateKeyAsync(Primary.ConnectionString(Database), ApiKeyScopes.Write);

            Standby = await LocalPostgres.StartStandbyAsync(Primary);
        }
        catch
        {
            // xunit does not dispose what failed to initialize; a running primary would outlive the test run.
            await Primary.DisposeAsync();
            throw;
        }

        First = Instance();
        Second = Instance();
    }

    /// <summary>How long after now the standby has replayed the write whose X-Data-Version is <paramref name="dataVersion"/>.</summary>
    public async Task<TimeSpan> TimeToReplayAsync(string dataVersion)
    {
        var wanted = NpgsqlLogSequenceNumber.Parse(dataVersion);
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(Standby.ConnectionString(Database));
        await connection.OpenAsync();
        await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn()", connection);
        while ((NpgsqlLogSequenceNumber)(await replayed.ExecuteScalarAsync())! < wanted)
        {
            await Task.Delay(1);
        }

        return Stopwatch.GetElapsedTime(started);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await Standby.DisposeAsync();
        await Primary.DisposeAsync();
    }

    private ReplicatedInstance Instance()
    {
        // A short connect timeout, so that a stopped server is an answer at once rather than after Npgsql's 15 s.
        var write = new NpgsqlConnectionStringBuilder(Primary.ConnectionString(Database)) { Timeout = 2 };
        // The primary last: prefer-standby takes it only when no standby answers.
        var read = new NpgsqlConnectionStringBuilder(write.ConnectionString)
        {
            Host = $"127.0.0.1:{Standby.Port},127.0.0.1:{Primary.Port}",
            TargetSessionAttributes = "prefer-standby",
            LoadBalanceHosts = true,
        };
        var instance = new ReplicatedInstance(write.ConnectionString, read.ConnectionString, _writeKey);
        _instances.Add(instance);
        return instance;
    }

    private sealed class ReplicatedInstance(string writeConnection, string readConnection, string writeKey) : WebApplicationFactory<Program>
    {
        protected override void ConfigureClient(HttpClient client)
        {
            base.ConfigureClient(client);
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", writeKey);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Content", writeConnection);
            builder.UseSetting("ConnectionStrings:ContentRead", readConnection);
            // A hundred ingests in a row: the request budget is not what these tests are about.
            builder.UseSetting("RateLimiting:Writes:PermitLimit", "100000");
            builder.UseSetting("RateLimiting:Reads:PermitLimit", "100000");
        }
    }
}
