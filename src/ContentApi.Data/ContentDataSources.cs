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
        Write = NpgsqlDataSource.Create(writeConnectionString);
        Read = string.IsNullOrWhiteSpace(readConnectionString) || readConnectionString == writeConnectionString
            ? Write
            : NpgsqlDataSource.Create(readConnectionString);
    }

    public NpgsqlDataSource Write { get; }

    /// <summary>The primary's connection string with its password, for tools that open their own connections (migrations).</summary>
    public string WriteConnectionString { get; }

    public NpgsqlDataSource Read { get; }

    public async ValueTask DisposeAsync()
    {
        if (!ReferenceEquals(Read, Write))
        {
            await Read.DisposeAsync();
        }

        await Write.DisposeAsync();
    }
}
