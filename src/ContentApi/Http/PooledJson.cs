using System.Buffers;
using System.Data.Common;

namespace ContentApi.Http;

/// <summary>
/// JSON read from a column into a rented buffer, which goes back to the pool on disposal: an answer's stored parts
/// joined by PostgreSQL (a series of 1,000 points, 450-550 KB) would otherwise be a new array on the large-object heap
/// at every request.
/// </summary>
internal sealed class PooledJson : IDisposable
{
    private readonly int _length;
    private byte[]? _rented;

    private PooledJson(byte[] rented, int length)
    {
        _rented = rented;
        _length = length;
    }

    public ReadOnlyMemory<byte> Json => (_rented ?? throw new ObjectDisposedException(nameof(PooledJson))).AsMemory(0, _length);

    /// <summary>
    /// Copies a bytea column of the current row; null is empty. Read with <see cref="System.Data.CommandBehavior.SequentialAccess"/>,
    /// the bytes go from the connection's buffer to the rented one, not first into a buffer of the whole row, and as
    /// they arrive: read synchronously, a series of 1,000 points held a thread of the pool in the socket's read for
    /// each of the 60-odd times the connection's buffer emptied, while PostgreSQL, on the same two cores, was still
    /// sending them.
    /// </summary>
    public static async Task<PooledJson> ReadAsync(DbDataReader reader, int ordinal, CancellationToken cancellationToken)
    {
        if (await reader.IsDBNullAsync(ordinal, cancellationToken))
        {
            return new PooledJson([], 0);
        }

        var length = checked((int)reader.GetBytes(ordinal, 0, null, 0, 0));
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            await using var column = reader.GetStream(ordinal);
            await column.ReadExactlyAsync(rented.AsMemory(0, length), cancellationToken);
            return new PooledJson(rented, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(rented);
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _rented, null) is { Length: > 0 } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
