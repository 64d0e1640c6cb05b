using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentApi.Tests.ScaleOut;

/// <summary>Each test stops a server, so each has a primary and a standby of its own.</summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ReplicatedCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task WhenTheStandbyStopsReadsGoToThePrimaryWithoutAnError()
    {
        var client = _cluster.First.CreateClient();
        var document = await client.IngestAsync(Pages.Numbered(8001));
        await ReadAsync(client, document.Id());

        await _cluster.Standby.StopAsync();
        var started = Stopwatch.GetTimestamp();
        var answers = await ReadAsync(client, document.Id());
        output.WriteLine($"15 reads after the standby stopped: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        var status = await client.GetJsonAsync("/health/database");

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer));
        Assert.False(status["read"]!["inRecovery"]!.GetValue<bool>());
        Assert.Equal(_cluster.Primary.Port, status["read"]!["port"]!.GetValue<int>());
    }

    [Fact]
    public async Task WhenThePrimaryStopsWritesAnswer503AtOnceAndReadsGoOnFromTheStandby()
    {
        var client = _cluster.First.CreateClient();
        var (document, dataVersion) = await client.IngestWithDataVersionAsync(Pages.Numbered(8002));
        await _cluster.TimeToReplayAsync(dataVersion);
        await ReadAsync(client, document.Id());

        await _cluster.Primary.StopAsync();
        var started = Stopwatch.GetTimestamp();
        var write = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(8003) });
        var writeTime = Stopwatch.GetElapsedTime(started);
        output.WriteLine($"The first write after the primary stopped answered {(int)write.StatusCode} in {writeTime.TotalMilliseconds:F0} ms");
        var answers = await ReadAsync(client, document.Id());
        var status = await client.GetJsonAsync("/health/database");
        var readiness = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal(503, (await write.ProblemAsync())["status"]!.GetValue<int>());
        Assert.True(writeTime < TimeSpan.FromSeconds(3), $"the write took {writeTime.TotalMilliseconds:F0} ms to fail");
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer));
        Assert.True(status["read"]!["inRecovery"]!.GetValue<bool>());
        Assert.False(status["write"]!["reachable"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.Equal("Degraded", await readiness.Content.ReadAsStringAsync());
    }

    // Reads of every kind, several times over, so that a pooled connection to a stopped server is met.
    private static async Task<List<HttpStatusCode>> ReadAsync(HttpClient client, long documentId)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            foreach (var url in new[] { $"/api/v1/documents/{documentId}", $"/api/v1/articles?documentId={documentId}&page={i + 1}", "/api/v1/statistics/categories" })
            {
                answers.Add((await client.GetAsync(url)).StatusCode);
            }
        }

        return answers;
    }
}
