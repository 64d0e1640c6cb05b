using System.Diagnostics;

namespace ContentApi.Tests.Infrastructure;

/// <summary>Waits for what the service does in the background (a renderer, a change listener, a reconnect).</summary>
internal static class Eventually
{
    public static Task HoldsAsync(Func<bool> condition, TimeSpan patience) => HoldsAsync(() => Task.FromResult(condition()), patience);

    /// <summary>Polls <paramref name="condition"/> every 100 ms; fails the test when it still does not hold after <paramref name="patience"/>.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < patience, $"gave up after {patience}");
            await Task.Delay(100);
        }
    }
}
