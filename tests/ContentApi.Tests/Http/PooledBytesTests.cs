using ContentApi.Http;

namespace ContentApi.Tests.Http;

/// <summary>A page's stored bodies read into one pooled buffer: each part stays addressable as the buffer grows.</summary>
public sealed class PooledBytesTests
{
    [Theory]
    [InlineData(16, 1, 100)] // one part a byte past another, growing many times
    [InlineData(64 * 1024, 982, 101)] // a page of 100 stored bodies and its extra row: grows once
    [InlineData(1024, 5_000, 3)] // a part larger than the buffer
    [InlineData(1024, 0, 4)]
    public void EveryPartReadsBackAsWrittenAfterTheBufferGrew(int capacity, int partLength, int parts)
    {
        using var bytes = new PooledBytes(capacity);
        var offsets = new List<int>();
        for (var i = 0; i < parts; i++)
        {
            var part = bytes.Append(partLength);
            Assert.Equal(partLength, part.Count);
            part.AsSpan().Fill((byte)i);
            offsets.Add(part.Offset);
        }

        for (var i = 0; i < parts; i++)
        {
            Assert.Equal(Enumerable.Repeat((byte)i, partLength), bytes.Part(offsets[i], partLength).ToArray());
        }
    }

    [Fact]
    public void ADisposedBufferIsNeitherReadNorAppendedTo()
    {
        var bytes = new PooledBytes(16);
        var part = bytes.Append(4);
        bytes.Dispose();
        bytes.Dispose();

        Assert.Throws<ObjectDisposedException>(() => bytes.Part(part.Offset, 4).ToArray());
        Assert.Throws<ObjectDisposedException>(() => bytes.Append(1));
    }
}
