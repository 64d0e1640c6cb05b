using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Paging;

/// <summary>
/// Pages by number, which start from the anchors earlier pages of their list left (PageAnchors), and cursors through
/// rows without a date, which every date order puts together as the oldest. The sample page is dated; these tests add
/// undated pages of their own.
/// </summary>
public sealed class PagesByNumberTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        foreach (var n in new[] { 61, 62, 63 })
        {
            await _client.IngestAsync(Pages.Numbered(n));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("statistics", "position", 3)]
    [InlineData("statistics", "value", 3)]
    [InlineData("statistics", "-value", 3)]
    [InlineData("statistics", "publishedOn", 3)]
    [InlineData("statistics", "-publishedOn", 3)]
    [InlineData("statistics", "-publishedOn&category=participants,activities,volunteers", 3)]
    [InlineData("articles", "-publishedOn", 1)]
    [InlineData("articles", "title", 1)]
    [InlineData("articles", "publishedOn&q=%E5%BF%97%E6%84%BF", 1)]
    public async Task PagesByNumberInAnyOrderAreTheWholeListInItsOrder(string list, string sortAndFilter, int size)
    {
        var whole = await IdsAsync($"/api/v1/{list}?sort={sortAndFilter}&pageSize=100");
        var pages = (whole.Count + size - 1) / size;
        Assert.InRange(pages, 4, 100 / size);

        // Backward, each page from the start of the list, leaving where it starts and where the next one does; forward,
        // each page from its own start, left by the first pass; then every other page once more.
        foreach (var order in new[] { Enumerable.Range(1, pages).Reverse(), Enumerable.Range(1, pages), Enumerable.Range(1, pages).Where(p => p % 2 == 0) })
        {
            foreach (var page in order)
            {
                var ids = await IdsAsync($"/api/v1/{list}?sort={sortAndFilter}&pageSize={size}&page={page}&pass={order.First()}");
                Assert.Equal(whole.Skip((page - 1) * size).Take(size), ids);
            }
        }
    }

    [Theory]
    [InlineData("statistics", "publishedOn")]
    [InlineData("statistics", "-publishedOn")]
    [InlineData("articles", "publishedOn")]
    [InlineData("articles", "-publishedOn")]
    public async Task ACursorThroughUndatedRowsGoesOnToTheEnd(string list, string sort)
    {
        var items = (await _client.GetJsonAsync($"/api/v1/{list}?sort={sort}&pageSize=100")).Items().ToList();
        var whole = items.Select(Pages.Id).ToList();
        // The cursor crosses from undated rows to dated ones or back.
        Assert.Contains(items, i => i["publishedOn"] is null);
        Assert.Contains(items, i => i["publishedOn"] is not null);

        var byCursor = new List<long>();
        string? cursor = null;
        do
        {
            var envelope = await _client.GetJsonAsync($"/api/v1/{list}?sort={sort}&pageSize=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            byCursor.AddRange(envelope.Items().Select(Pages.Id));
            cursor = envelope["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null && byCursor.Count <= whole.Count);

        Assert.Equal(whole, byCursor);
    }

    [Fact]
    public async Task PagesByNumberFollowADeleteThatMovesEveryRowAfterIt()
    {
        var document = await _client.IngestAsync(Pages.Numbered(64), publishedOn: "2001-01-01");
        const string List = "/api/v1/statistics?sort=publishedOn&pageSize=2";
        var before = await IdsAsync($"{List.Replace("pageSize=2", "pageSize=100")}&before=1");
        foreach (var page in Enumerable.Range(1, 10))
        {
            Assert.Equal(before.Skip((page - 1) * 2).Take(2), await IdsAsync($"{List}&page={page}"));
        }

        // The deleted page's statistics came right after the undated ones (2001 is before the sample's date); every
        // page by number after them moves.
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/documents/{document.Id()}")).StatusCode);

        var after = await IdsAsync($"{List.Replace("pageSize=2", "pageSize=100")}&after=1");
        Assert.NotEqual(before.Take(20), after.Take(20));
        foreach (var page in Enumerable.Range(1, 10))
        {
            Assert.Equal(after.Skip((page - 1) * 2).Take(2), await IdsAsync($"{List}&page={page}&after=1"));
        }
    }

    private async Task<List<long>> IdsAsync(string url) => (await _client.GetJsonAsync(url)).Items().Select(Pages.Id).ToList();
}
