using DbUp;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ContentApi.Data;

/// <summary>Applies the forward-only SQL migrations of <c>db/</c> (embedded in this assembly) with DbUp.</summary>
public static class DatabaseMigrator
{
    // Any fixed number: instances that start together take turns instead of racing to create the same tables.
    private const long MigrationLockKey = 0x436f6e74656e74;

    /// <summary>Brings the database to the newest schema; scripts already applied (journal: <c>schemaversions</c>) are skipped.</summary>
    public static async Task MigrateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        // Unpooled: closing it ends the session and so releases the lock. A pooled one would go back to the pool
        // still holding it, and a second host in the same process (two test instances) would wait on it for good.
        await using var lockConnection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var acquire = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            acquire.Parameters.AddWithValue("key", MigrationLockKey);
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }

        var upgrade = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.StartsWith("Migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogTo(logger)
            .Build()
            .PerformUpgrade();

        if (!upgrade.Successful)
        {
            throw new InvalidOperationException($"Migration {upgrade.ErrorScript?.Name} failed.", upgrade.Error);
        }

        // Still under the lock: instances starting together load the reference data once.
        await DivisionLoader.LoadAsync(lockConnection, cancellationToken);
    }
}
