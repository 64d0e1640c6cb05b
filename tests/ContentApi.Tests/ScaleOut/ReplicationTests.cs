using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using ContentApi.Data;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace ContentApi.Tests.ScaleOut;

public sealed class ReplicationTests(ReplicatedCluster cluster, ITestOutputHelper output) : IClassFixture<ReplicatedCluster>
{
    [Fact]
    public async Task ReadsAreAnsweredByTheStandbyAndWritesByThePrimary()
    {
        var client = cluster.First.CreateClient();

        var status = await client.GetJsonAsync("/health/database");

        Assert.True(status["read"]!["inRecovery"]!.GetValue<bool>());
        Assert.Equal(cluster.Standby.Port, status["read"]!["port"]!.GetValue<int>());
        Assert.False(status["write"]!["inRecovery"]!.GetValue<bool>());
        Assert.Equal(cluster.Primary.Port, status["write"]!["port"]!.GetValue<int>());
    }

    [Fact]
    public async Task AReadCarryingAnIngestsDataVersionSeesTheNewDocumentEveryTime()
    {
        var writer = cluster.First.CreateClient();
        var reader = cluster.Second.CreateClient();
        await reader.GetJsonAsync("/api/v1/documents?pageSize=1");
        var missed = new List<int>();
        var started = Stopwatch.GetTimestamp();

        for (var i = 0; i < 100; i++)
        {
            var (document, dataVersion) = await writer.IngestWithDataVersionAsync(Pages.Numbered(5000 + i));
            var newest = (await reader.GetJsonAsync("/api/v1/documents?pageSize=1", dataVersion)).Items().Single();
            var detail = await reader.GetJsonAsync($"/api/v1/documents/{document.Id()}", dataVersion);
            if (newest.Id() != document.Id() || detail.Id() != document.Id())
            {
                missed.Add(i);
            }
        }

        output.WriteLine($"100 ingests on one instance, each read back at once on the other: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        Assert.Empty(missed);
    }

    [Fact]
    public async Task AnIngestThroughOneInstanceChangesTheOthersCachedListWithinASecond()
    {
        var writer = cluster.First.CreateClient();
        // Anonymous, as a public reader is: ASP.NET never output-caches a request that carries credentials.
        var other = cluster.Second.CreateClient();
        other.DefaultRequestHeaders.Authorization = null;
        const string list = "/api/v1/documents?source=%E9%80%9A%E7%9F%A5%E6%B5%8B%E8%AF%95";
        // Asked twice, the list is stored (SecondRequestAdmission); the third is served from the cache.
        await other.GetJsonAsync(list);
        await other.GetJsonAsync(list);
        var cached = await other.GetAsync(list);

        var document = await writer.IngestAsync(Pages.Numbered(7001), source: "通知测试");
        var started = Stopwatch.GetTimestamp();
        while (!(await other.GetJsonAsync(list)).Items().Any(d => d.Id() == document.Id()) && Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2))
        {
            await Task.Delay(10);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        output.WriteLine($"The other instance's list showed the ingest after {elapsed.TotalMilliseconds:F1} ms");
        Assert.True(cached.Headers.Age is not null, "the list was not served from the output cache before the ingest");
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"the other instance took {elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task AReadWhoseStandbyHasStoppedReplayingWaitsThenGoesToThePrimaryAndTheMetricsCountIt()
    {
        var writer = cluster.First.CreateClient();
        var reader = cluster.Second.CreateClient();
        await using var standby = new NpgsqlConnection(cluster.Standby.ConnectionString());
        await standby.OpenAsync();

        JsonObject detail;
        long id;
        await new NpgsqlCommand("SELECT pg_wal_replay_pause()", standby).ExecuteNonQueryAsync();
        try
        {
            var (document, dataVersion) = await writer.IngestWithDataVersionAsync(Pages.Numbered(6900));
            id = document.Id();
            detail = await reader.GetJsonAsync($"/api/v1/documents/{id}", dataVersion);
        }
        finally
        {
            await new NpgsqlCommand("SELECT pg_wal_replay_resume()", standby).ExecuteNonQueryAsync();
        }

        var metrics = await reader.GetStringAsync("/metrics");

        Assert.Equal(id, detail.Id());
        Assert.True(ObservedBy(cluster.Second.Services, "contentapi.read_your_writes.waits") >= 1);
        Assert.True(ObservedBy(cluster.Second.Services, "contentapi.read_your_writes.primary_fallbacks") >= 1);
        // Meters are process-wide, so other test hosts' recordings may be summed into this histogram: they can only add.
        Assert.True(Sum(metrics, "contentapi_read_your_writes_wait_duration_seconds_sum") >= ContentDataSources.ReplicaWait.TotalSeconds);
    }

    /// <summary>
    /// What an observable counter of one host reports now. Its scrape may show another test host's value instead: the
    /// exporter takes every meter named ContentApi in the process, and the hosts' observable counters of one name
    /// share one stream, in which the last host read wins (a wait recorded on the first of two hosts scraped as 0 on
    /// it). The host's own instruments are those of the meter its IMeterFactory created, the collector's scope.
    /// </summary>
    private static long ObservedBy(IServiceProvider host, string instrument)
    {
        using var collector = new MetricCollector<long>(host.GetRequiredService<IMeterFactory>(), ContentApi.Telemetry.ContentMetrics.MeterName, instrument);
        collector.RecordObservableInstruments();
        return collector.GetMeasurementSnapshot().Sum(measurement => measurement.Value);
    }

    private static double Sum(string scrape, string metric) => scrape.Split('\n')
        .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task TheStandbyReplaysAnIngestWellWithinTheReadYourWritesWait()
    {
        var writer = cluster.First.CreateClient();
        var lags = new List<TimeSpan>();

        for (var i = 0; i < 50; i++)
        {
            var (_, dataVersion) = await writer.IngestWithDataVersionAsync(Pages.Numbered(6000 + i));
            lags.Add(await cluster.TimeToReplayAsync(dataVersion));
        }

        var sorted = lags.Order().ToList();
        output.WriteLine($"Ingest response to standby replay over 50 ingests: median {sorted[25].TotalMilliseconds:F2} ms, " +
            $"95th percentile {sorted[47].TotalMilliseconds:F2} ms, max {sorted[^1].TotalMilliseconds:F2} ms");
        Assert.All(lags, lag => Assert.True(lag < ContentDataSources.ReplicaWait, $"replay took {lag.TotalMilliseconds:F0} ms"));
    }
}
