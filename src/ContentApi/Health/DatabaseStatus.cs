using ContentApi.Data;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Health;

/// <summary>One server as a data source reaches it: whether it answered, whether it is a standby, and where it listens.</summary>
public sealed record DatabaseServerStatus(bool Reachable, bool? InRecovery = null, string? Address = null, int? Port = null);

/// <summary>The servers that answer this instance's reads and writes now; no credentials, no database names.</summary>
public sealed record DatabaseStatus(DatabaseServerStatus Read, DatabaseServerStatus Write);

/// <summary>Asks the read and the write source which server answers them, the same way the stores connect.</summary>
internal sealed class DatabaseProbe(ContentDataSources dataSources)
{
    private const string Sql = "SELECT pg_is_in_recovery(), host(inet_server_addr()), inet_server_port()";

    public async Task<DatabaseStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var read = ProbeAsync(() => dataSources.OpenReadAsync(NpgsqlLogSequenceNumber.Invalid, cancellationToken), cancellationToken);
        var write = ProbeAsync(() => dataSources.Write.OpenConnectionAsync(cancellationToken).AsTask(), cancellationToken);
        return new DatabaseStatus(await read, await write);
    }

    private static async Task<DatabaseServerStatus> ProbeAsync(Func<Task<NpgsqlConnection>> open, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await open();
            await using var command = new NpgsqlCommand(Sql, connection) { CommandTimeout = 2 };
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new DatabaseServerStatus(true, reader.GetBoolean(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return new DatabaseServerStatus(false);
        }
    }
}
