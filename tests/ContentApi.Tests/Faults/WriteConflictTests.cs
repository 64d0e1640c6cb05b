using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;
using Dapper;

namespace ContentApi.Tests.Faults;

/// <summary>A write that PostgreSQL rolls back for a concurrent one is answered as something to send again, not a 500.</summary>
public sealed class WriteConflictTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task AnIngestThatLosesADeadlockIsAnswered503AndStoresNothing()
    {
        var client = factory.CreateClient();
        await client.IngestAsync(Pages.Numbered(801), "2024-06-01");
        var documentsBefore = (await client.GetJsonAsync("/api/v1/documents?pageSize=1"))["total"]!.GetValue<long>();

        // Another writer holds every row of series_place_counts, which an ingest's statistics lock after their rows of
        // metric_series (db/0021). It waits longer than the server's deadlock_timeout before it looks for a cycle, so
        // the ingest is the one PostgreSQL rolls back.
        await using var other = await factory.OpenDatabaseAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await other.ExecuteAsync("SET LOCAL deadlock_timeout = '30s'; SELECT FROM series_place_counts FOR UPDATE", transaction: transaction);

        var ingest = client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(802), source = "测试日报", publishedOn = "2024-06-02" });
        // Watched from a third connection: a transaction sees pg_stat_activity as it was when it first looked.
        await using var watcher = await factory.OpenDatabaseAsync();
        await Eventually.HoldsAsync(
            async () => await watcher.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO statistics%')"),
            TimeSpan.FromSeconds(30));
        // Now it waits for what the ingest holds: each waits for the other.
        var lockSeries = other.ExecuteAsync("SELECT FROM metric_series FOR UPDATE", transaction: transaction);
        var response = await ingest;
        await lockSeries;
        await transaction.RollbackAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
        Assert.Contains("Send it again", (await response.ProblemAsync())["title"]!.GetValue<string>());
        Assert.Equal(documentsBefore, (await client.GetJsonAsync("/api/v1/documents?pageSize=1"))["total"]!.GetValue<long>());
        await client.IngestAsync(Pages.Numbered(802), "2024-06-02");
    }
}
