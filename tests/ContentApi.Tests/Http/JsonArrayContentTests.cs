using System.Text;
using ContentApi.Http;

namespace ContentApi.Tests.Http;

/// <summary>A held series' content: its points joined by commas into blocks under the large-object heap's threshold.</summary>
public sealed class JsonArrayContentTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 10)]
    [InlineData(3, 0)]
    [InlineData(7, 9_362)] // 7 × 9,362 + 6 commas = 65,540: the last point crosses the first block's end
    [InlineData(2, 65_536)] // the first point fills a block: the comma opens the next
    [InlineData(2, 70_000)] // a point longer than a block
    [InlineData(1_000, 537)]
    public void TheElementsJoinedByCommasAreTheBlocksInOrder(int count, int length)
    {
        var elements = Enumerable.Range(0, count)
            .Select(i => Encoding.UTF8.GetBytes(new string((char)('a' + (i % 26)), length)))
            .ToList();

        var blocks = JsonArrayContent.Join(elements);

        Assert.Equal(string.Join(',', elements.Select(Encoding.UTF8.GetString)), Encoding.UTF8.GetString(blocks.SelectMany(block => block).ToArray()));
        Assert.All(blocks, block => Assert.InRange(block.Length, 1, JsonArrayContent.BlockSize));
        Assert.All(blocks.SkipLast(1), block => Assert.Equal(JsonArrayContent.BlockSize, block.Length));
    }
}
