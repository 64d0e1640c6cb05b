using Npgsql;

namespace ContentApi.Data;

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
        Write = NpgsqlDataSource.Create(WithTimeouts(writeConnectionString));
        Read = string.IsNullOrWhiteSpace(readConnectionString) || readConnectionString == writeConnectionString
            ? Write
            : NpgsqlDataSource.Create(WithTimeouts(readConnectionString));
    }

    public NpgsqlDataSource Write { get; }

    /// <summary>The primary's connection string with its password, for tools that open their own connections (migrations).</summary>
    public string WriteConnectionString { get; }

    public NpgsqlDataSource Read { get; }

    // Every command has a deadline and a dead server is noticed quickly, so no request waits without bound.
    // Values given in the connection string win.
    private static string WithTimeouts(string connectionString)
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

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keywords) =>
        connectionString.Split(';').Select(part => part.Split('=')[0].Trim()).Any(key => keywords.Contains(key, StringComparer.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        if (!ReferenceEquals(Read, Write))
        {
            await Read.DisposeAsync();
        }

        await Write.DisposeAsync();
    }
}
