using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Data;

/// <summary>Told of each read that had to wait for a standby (the service's metrics).</summary>
public interface IReplicaWaits
{
    /// <summary>A read waited <paramref name="waited"/>; it went to the primary when the standby did not catch up in time.</summary>
    void Waited(TimeSpan waited, bool fellBackToPrimary);
}

/// <summary>
/// The two ways to the database: <see cref="Write"/> reaches the primary, for writes and for reads that must see
/// them at once; <see cref="Read"/> may reach a standby (a multi-host connection string with
/// <c>Target Session Attributes=prefer-standby</c>). Given one connection string, both reach the same server.
/// </summary>
public sealed class ContentDataSources : IAsyncDisposable
{
    static ContentDataSources() => Dapper.SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());

    public ContentDataSources(string writeConnectionString, string? readConnectionString = null)
    {
        WriteConnectionString = writeConnectionString;
        var write = WithDefaults(writeConnectionString, maxPoolSize: null);
        Write = NpgsqlDataSource.Create(write);
        Dedicated = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(write) { Pooling = false }.ConnectionString);
        _readsFromPrimary = string.IsNullOrWhiteSpace(readConnectionString) || readConnectionString == writeConnectionString;
        // A pool of its own even on the primary, so that reads queue for few connections while writes keep many.
        var read = WithDefaults(_readsFromPrimary ? writeConnectionString : readConnectionString!, ReadPoolSize);
        Read = NpgsqlDataSource.Create(read);
        OneStatementRead = _readsFromPrimary && Multiplexed(read) is { } multiplexed ? NpgsqlDataSource.Create(multiplexed) : null;
    }

    private readonly bool _readsFromPrimary;

    public NpgsqlDataSource Write { get; }

    /// <summary>The primary's connection string with its password, for tools that open their own connections (migrations).</summary>
    public string WriteConnectionString { get; }

    public NpgsqlDataSource Read { get; }

    /// <summary>
    /// For reads that are one short statement (an article's stored answer by its key), when reads go to the primary:
    /// a pool of its own with Npgsql's multiplexing, which writes the statements of concurrent requests to its
    /// connections together and reads their answers together, where a connection of <see cref="Read"/> carries one
    /// request's statement at a time and wakes the service and PostgreSQL for each (docs/benchmarks.md, "Short reads
    /// multiplexed"). Lists keep <see cref="Read"/>: their statements take PostgreSQL a millisecond, behind which a
    /// multiplexed short read would wait, and a request of two statements would queue twice. Null when reads go to a
    /// standby (whose replay is checked on the connection that then reads, which multiplexing does not keep), when the
    /// connection string turns pooling off, which multiplexing needs, or says <c>Multiplexing=false</c>.
    /// </summary>
    public NpgsqlDataSource? OneStatementRead { get; }

    /// <summary>
    /// The primary outside the pool, for a session that lasts as long as the service (the change listener's LISTEN):
    /// held in a pool, it would take one of that pool's connections for good, the only one with <c>Maximum Pool Size=1</c>.
    /// </summary>
    public NpgsqlDataSource Dedicated { get; }

    // Every command has a deadline and a dead server is noticed quickly, so no request waits without bound.
    // Values given in the connection string win.
    private static string WithDefaults(string connectionString, int? maxPoolSize)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Command Timeout", "CommandTimeout"))
        {
            builder.CommandTimeout = 15;
        }

        if (!Mentions(connectionString, "Timeout"))
        {
            builder.Timeout = 5;
        }

        // Reads queue for as many connections as there are cores, in order, rather than each running its statement at
        // once: with 16 reads at once on two cores, 16 backends took turns with the service's threads for the CPU and
        // the p99 of every read was 1.2-10 times its p99 with 4 connections, and with 2 lower again (docs/benchmarks.md,
        // "A read pool sized for the cores", "A read pool of one connection a core"). Writes keep Npgsql's 100: an
        // ingest waits for its commit to be flushed, and with 4 connections for everything 15-21 % fewer pages a
        // second were stored.
        if (maxPoolSize is { } size && !Mentions(connectionString, "Maximum Pool Size", "MaxPoolSize"))
        {
            builder.MaxPoolSize = size;
        }

        // Every read is one of a few dozen statements (one per combination of filters and sort): prepared on a
        // connection after its fifth use, PostgreSQL parses and plans it once instead of at every request.
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        // A connection going back to the pool is reset on its next use with RESET ALL, SET SESSION AUTHORIZATION
        // DEFAULT, UNLISTEN *, pg_advisory_unlock_all(), DISCARD SEQUENCES and DISCARD TEMP: six statements per request
        // (pg_stat_statements), resetting state the service never leaves on a pooled connection (its settings are
        // SET LOCAL, its migration lock is on a connection of its own).
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // The read pool's connection string multiplexed, or null where it must not be (see OneStatementRead).
    private static string? Multiplexed(string readConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(readConnectionString);
        if (!builder.Pooling || (Mentions(readConnectionString, "Multiplexing") && !builder.Multiplexing))
        {
            return null;
        }

        builder.Multiplexing = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// How many connections the read pool holds at most, unless the connection string says otherwise: one a core of
    /// this instance, and at least two, so that one slow read does not hold up every other. Where the service and
    /// PostgreSQL share the cores (the development cluster, docker-compose.yml, one host), a read's CPU is spent in
    /// both, and every connection past one a core only shares the same cores more thinly: the PostgreSQL wiki's
    /// starting point (cores × 2 + disks) counts a database server's own cores, which a server of its own has; there,
    /// set <c>Maximum Pool Size</c> in the connection string (docs/operations.md, "Connection pools").
    /// </summary>
    public static int ReadPoolSize { get; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How many statements each connection keeps prepared, unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    private static bool Mentions(string connectionString, params string[] keywords) =>
        connectionString.Split(';').Select(part => part.Split('=')[0].Trim()).Any(key => keywords.Contains(key, StringComparer.OrdinalIgnoreCase));

    /// <summary>How long a read waits for a standby to replay the position it needs before it goes to the primary.</summary>
    public static readonly TimeSpan ReplicaWait = TimeSpan.FromSeconds(1);

    // Short against an ingest's replay on a local standby (milliseconds, see docs/scaling.md), cheap for the standby.
    private static readonly TimeSpan ReplayPollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Opens a connection for reads that sees every change up to <paramref name="minimum"/> (a WAL position;
    /// <see cref="NpgsqlLogSequenceNumber.Invalid"/> asks for nothing): on the read source when it is the primary or
    /// a standby that has replayed that far, within <see cref="ReplicaWait"/>; else on the primary. With one server
    /// there is nothing to check: the primary sees every commit.
    /// </summary>
    public async Task<NpgsqlConnection> OpenReadAsync(NpgsqlLogSequenceNumber minimum, CancellationToken cancellationToken, IReplicaWaits? waits = null)
    {
        if (_readsFromPrimary)
        {
            return await Read.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            return await OpenReplayedAsync(minimum, waits, cancellationToken);
        }
        catch (NpgsqlException e) when (IsConnectionLost(e))
        {
            // Npgsql never retries: a pooled connection to a standby that has since stopped fails on first use. Drop
            // the idle ones and try once more; prefer-standby then finds another standby, or the primary.
            Read.Clear();
            return await OpenReplayedAsync(minimum, waits, cancellationToken);
        }
    }

    /// <summary>
    /// Opens a connection for a read that is one short statement: on <see cref="OneStatementRead"/> where there is one,
    /// else as <see cref="OpenReadAsync"/> does.
    /// </summary>
    public Task<NpgsqlConnection> OpenOneStatementReadAsync(NpgsqlLogSequenceNumber minimum, CancellationToken cancellationToken, IReplicaWaits? waits = null) =>
        OneStatementRead is { } multiplexed ? multiplexed.OpenConnectionAsync(cancellationToken).AsTask() : OpenReadAsync(minimum, cancellationToken, waits);

    private async Task<NpgsqlConnection> OpenReplayedAsync(NpgsqlLogSequenceNumber minimum, IReplicaWaits? waits, CancellationToken cancellationToken)
    {
        var connection = await Read.OpenConnectionAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var waited = false;
            // The check runs on every read, so it also finds a broken pooled connection before the store's query does.
            while (await ReplayedPositionAsync(connection, cancellationToken) is { } replayed && replayed < minimum)
            {
                if (Stopwatch.GetElapsedTime(started) >= ReplicaWait)
                {
                    await connection.DisposeAsync();
                    waits?.Waited(Stopwatch.GetElapsedTime(started), fellBackToPrimary: true);
                    return await Write.OpenConnectionAsync(cancellationToken);
                }

                waited = true;
                await Task.Delay(ReplayPollInterval, cancellationToken);
            }

            if (waited)
            {
                waits?.Waited(Stopwatch.GetElapsedTime(started), fellBackToPrimary: false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>How far a standby has replayed; null on a primary, which has every commit.</summary>
    private static async Task<NpgsqlLogSequenceNumber?> ReplayedPositionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() END", connection);
        var replayed = await command.ExecuteScalarAsync(cancellationToken);
        return replayed is NpgsqlLogSequenceNumber position ? position : null;
    }

    private static bool IsConnectionLost(NpgsqlException exception) =>
        exception is not PostgresException postgres
        || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await Read.DisposeAsync();
        if (OneStatementRead is not null)
        {
            await OneStatementRead.DisposeAsync();
        }

        await Write.DisposeAsync();
        await Dedicated.DisposeAsync();
    }
}
