using System.Data;
using System.Text;
using ContentApi.Http;
using ContentApi.Tests.Infrastructure;
using Npgsql;

namespace ContentApi.Tests.Database;

/// <summary>
/// A column of stored JSON read as it arrives (<see cref="PooledJson.ReadAsync"/>, the series' stored points): every
/// byte in order when the column is many times the connection's read buffer, and nothing for null.
/// </summary>
public sealed class PooledJsonTests
{
    // About 350 KB: the connection's 8 KB buffer empties some forty times while the column is read.
    private const int Numbers = 60_000;

    [Fact]
    public async Task AColumnLargerThanTheConnectionsBufferIsReadWhole()
    {
        var server = await TestDatabaseServer.GetAsync();
        await using var connection = new NpgsqlConnection(server.WithDatabase("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT NULL::bytea, convert_to(string_agg(i::text, ',' ORDER BY i), 'UTF8'), 7 FROM generate_series(1, @numbers) AS i", connection);
        command.Parameters.AddWithValue("numbers", Numbers);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess);
        Assert.True(await reader.ReadAsync());

        using var none = await PooledJson.ReadAsync(reader, 0, CancellationToken.None);
        using var numbers = await PooledJson.ReadAsync(reader, 1, CancellationToken.None);

        Assert.Equal(0, none.Json.Length);
        var expected = Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(1, Numbers)));
        Assert.True(expected.AsSpan().SequenceEqual(numbers.Json.Span), $"read {numbers.Json.Length} bytes, expected {expected.Length}");
        // The reader stands after the column, at the next one.
        Assert.Equal(7, reader.GetInt32(2));
    }
}
