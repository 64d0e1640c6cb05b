namespace ContentApi.Http;

/// <summary>The content of a JSON array (between its brackets) from elements written before, in blocks.</summary>
internal static class JsonArrayContent
{
    /// <summary>
    /// Under the large-object heap's threshold (85,000 bytes), so that a block is collected with the young objects:
    /// a series of 1,000 points (537 KB) is nine blocks.
    /// </summary>
    public const int BlockSize = 64 * 1024;

    /// <summary>The elements separated by commas, copied into blocks of <see cref="BlockSize"/> at most; none for no element.</summary>
    public static IReadOnlyList<byte[]> Join(IReadOnlyList<byte[]> elements)
    {
        var length = elements.Sum(element => (long)element.Length) + Math.Max(elements.Count - 1, 0);
        var blocks = new List<byte[]>();
        var block = Span<byte>.Empty;
        for (var i = 0; i < elements.Count; i++)
        {
            ReadOnlySpan<byte> rest = elements[i];
            var separated = i + 1 < elements.Count;
            while (!rest.IsEmpty || separated)
            {
                if (block.IsEmpty)
                {
                    var next = new byte[Math.Min(BlockSize, length)];
                    blocks.Add(next);
                    block = next;
                    length -= next.Length;
                }

                if (rest.IsEmpty)
                {
                    block[0] = (byte)',';
                    block = block[1..];
                    separated = false;
                    continue;
                }

                var copied = Math.Min(rest.Length, block.Length);
                rest[..copied].CopyTo(block);
                block = block[copied..];
                rest = rest[copied..];
            }
        }

        return blocks;
    }
}
