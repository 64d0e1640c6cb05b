using System.Buffers;

namespace ContentApi.Http;

/// <summary>
/// Bytes appended into one array rented from the shared <see cref="ArrayPool{T}"/>, grown by renting a larger one, and
/// given back on <see cref="Dispose"/>: a page's stored statistic bodies (about 1 KB each) read into one buffer a request
/// instead of an array each, two thirds of what a page of 100 allocated (docs/benchmarks.md). Parts are addressed by
/// offset, as the array under them changes when it grows.
/// </summary>
internal sealed class PooledBytes(int capacity) : IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(capacity);
    private int _length;

    /// <summary>
    /// Makes room for <paramref name="count"/> bytes at the end and returns them to be filled: valid until the next
    /// append. The part filled is then <see cref="Part"/>(<c>offset</c>, <paramref name="count"/>) at the offset returned.
    /// </summary>
    public ArraySegment<byte> Append(int count)
    {
        ObjectDisposedException.ThrowIf(_length < 0, this);
        if (_array.Length - _length < count)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(2 * _array.Length, _length + count));
            _array.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }

        var appended = new ArraySegment<byte>(_array, _length, count);
        _length += count;
        return appended;
    }

    /// <summary>The <paramref name="count"/> bytes appended at <paramref name="offset"/>.</summary>
    public ReadOnlySpan<byte> Part(int offset, int count)
    {
        ObjectDisposedException.ThrowIf(_length < 0, this);
        return _array.AsSpan(offset, count);
    }

    public void Dispose()
    {
        if (_length >= 0)
        {
            _length = -1;
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }
    }
}
