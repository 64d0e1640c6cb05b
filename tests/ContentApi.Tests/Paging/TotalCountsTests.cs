using ContentApi.Caching;
using ContentApi.Paging;

namespace ContentApi.Tests.Paging;

/// <summary>
/// The totals of lists: one count per filter and content version, shared by the requests that ask while it runs.
/// The count itself is a function here, so that a test decides when it ends.
/// </summary>
public sealed class TotalCountsTests
{
    private readonly ContentVersion _version = new(reads: null!);
    private readonly TotalCounts _totals;
    private int _counted;

    public TotalCountsTests()
    {
        // A held version is what the change listener keeps; the database is then not asked for it.
        _version.Set(1);
        _totals = new TotalCounts(_version);
    }

    [Fact]
    public async Task RequestsThatAskWhileACountRunsShareIt()
    {
        var finish = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var counts = await _totals.CurrentAsync(CancellationToken.None);

        var asked = Enumerable.Range(0, 16).Select(_ => counts.CountAsync("q=common", () => CountAsync(finish.Task), CancellationToken.None)).ToList();
        finish.SetResult(35_699);

        Assert.All(await Task.WhenAll(asked), total => Assert.Equal(35_699, total));
        Assert.Equal(1, _counted);
    }

    [Fact]
    public async Task ACountIsRememberedUntilTheContentVersionMoves()
    {
        var before = await _totals.CurrentAsync(CancellationToken.None);
        await before.CountAsync("all", () => CountAsync(Task.FromResult(10L)), CancellationToken.None);
        await (await _totals.CurrentAsync(CancellationToken.None)).CountAsync("all", () => CountAsync(Task.FromResult(99L)), CancellationToken.None);
        Assert.Equal(1, _counted);

        _version.Set(2);
        var after = await _totals.CurrentAsync(CancellationToken.None);

        Assert.Equal(11, await after.CountAsync("all", () => CountAsync(Task.FromResult(11L)), CancellationToken.None));
        Assert.Equal(2, _counted);
    }

    [Fact]
    public async Task ANewContentVersionStartsWithNoAnchorsAndAnOlderOneDoesNotReplaceIt()
    {
        (await _totals.CurrentAsync(CancellationToken.None)).Anchors.Remember("list", 20, After(200));
        _version.Set(2);
        (await _totals.CurrentAsync(CancellationToken.None)).Anchors.Remember("list", 40, After(400));

        // A request still running under version 1 gets a set of its own; version 2's stays.
        _version.Set(1);
        (await _totals.CurrentAsync(CancellationToken.None)).Anchors.Remember("list", 60, After(600));
        _version.Set(2);

        var current = (await _totals.CurrentAsync(CancellationToken.None)).Anchors;
        Assert.Null(current.Nearest("list", 39));
        Assert.Equal((40, After(400)), current.Nearest("list", 100));
    }

    [Fact]
    public async Task WhenTheRequestThatCountsIsCancelledTheOthersCountAgain()
    {
        var counts = await _totals.CurrentAsync(CancellationToken.None);
        using var gone = new CancellationTokenSource();
        var never = new TaskCompletionSource<long>();
        var first = counts.CountAsync("q=common", () => CountAsync(never.Task.WaitAsync(gone.Token)), gone.Token);
        var second = counts.CountAsync("q=common", () => CountAsync(Task.FromResult(7L)), CancellationToken.None);

        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(7, await second);
        Assert.Equal(2, _counted);
    }

    [Fact]
    public async Task RequestsThatWaitForACountThatFailsGetItsFailure()
    {
        var counts = await _totals.CurrentAsync(CancellationToken.None);
        var fail = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = counts.CountAsync("all", () => CountAsync(fail.Task), CancellationToken.None);
        var second = counts.CountAsync("all", () => CountAsync(Task.FromResult(5L)), CancellationToken.None);

        fail.SetException(new TimeoutException());

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        await Assert.ThrowsAsync<TimeoutException>(() => second);
        Assert.Equal(1, _counted);
    }

    [Fact]
    public async Task AFailedCountIsNotRemembered()
    {
        var counts = await _totals.CurrentAsync(CancellationToken.None);

        await Assert.ThrowsAsync<TimeoutException>(() => counts.CountAsync("all", () => CountAsync(Task.FromException<long>(new TimeoutException())), CancellationToken.None));

        Assert.Equal(3, await counts.CountAsync("all", () => CountAsync(Task.FromResult(3L)), CancellationToken.None));
    }

    private async Task<long> CountAsync(Task<long> total)
    {
        Interlocked.Increment(ref _counted);
        return await total;
    }

    private static Cursor After(long id) => new("position", null, id);
}
