using ContentApi.Data.Local;
using ContentApi.Tests.Infrastructure;
using Npgsql;

namespace ContentApi.Tests.Database;

/// <summary>
/// The tests' throwaway clusters do not outlive their owner: a run whose test host is killed before it deletes its
/// cluster (a gigabyte or more) has it deleted by the next run, so repeated runs cannot fill the disk.
/// </summary>
public sealed class ThrowawayClusterTests
{
    private static readonly PostgresBinaries Binaries = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.InstallAdvice);

    [Fact]
    public async Task AThrowawayClusterAndItsLockAreDeletedWhenDisposed()
    {
        var cluster = await LocalPostgres.StartThrowawayAsync(Binaries);
        var directory = cluster.Directory;
        Assert.True(File.Exists(Path.Combine(directory, "pgdata", "PG_VERSION")));

        await cluster.DisposeAsync();

        Assert.False(Directory.Exists(directory));
        Assert.False(File.Exists(directory + ".lock"));
    }

    [Fact]
    public async Task AClusterWhoseOwnerDiedIsStoppedAndDeletedByTheNextThrowawayStartWhileLiveOnesAreKept()
    {
        // A cluster in a throwaway folder whose lock nobody holds is what a killed owner leaves behind. It is made under a
        // lease, as an owner makes it, so that another test class's start cannot sweep the folder while initdb still runs;
        // then the lease is given up with the folder and its running server left in place, as by an owner that died.
        string abandonedDirectory, abandonedConnection;
        using (var lease = ThrowawayLease.Take())
        {
            abandonedDirectory = lease.Directory;
            var abandoned = await LocalPostgres.StartAsync(abandonedDirectory, Binaries);
            abandonedConnection = abandoned.ConnectionString();
            await QueryAsync(abandonedConnection);
        }

        var live = await TestDatabaseServer.GetAsync();

        await using var next = await LocalPostgres.StartThrowawayAsync(Binaries);

        // Another class's start may be deleting it at the same moment (then this start skipped it): wait for that.
        for (var waited = 0; Directory.Exists(abandonedDirectory) && waited < 300; waited++)
        {
            await Task.Delay(100);
        }

        Assert.False(Directory.Exists(abandonedDirectory));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => QueryAsync(abandonedConnection));
        await QueryAsync(next.ConnectionString());
        await QueryAsync(await live.CreateDatabaseAsync());
    }

    private static async Task QueryAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync();
    }
}
