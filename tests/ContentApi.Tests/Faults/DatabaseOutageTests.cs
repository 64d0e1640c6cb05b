using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContentApi.Data;
using ContentApi.Data.Keys;
using ContentApi.Data.Local;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentApi.Tests.Faults;

/// <summary>PostgreSQL stopped under load, on a cluster of this class's own so that no other test loses its server.</summary>
public sealed class DatabaseOutageTests(DatabaseOutageTests.Fixture factory) : IClassFixture<DatabaseOutageTests.Fixture>
{
    public sealed class Fixture : ContentApiFactory
    {
        public LocalPostgres Postgres { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            Postgres = await LocalPostgres.StartThrowawayAsync(PostgresBinaries.Find()!);
            // Short timeouts so that an outage is noticed within the test's patience.
            ConnectionString = Postgres.ConnectionString() + ";Timeout=3;Command Timeout=5";
            await DatabaseMigrator.MigrateAsync(ConnectionString, NullLogger.Instance);
            WriteKey = await CreateKeyAsync(ConnectionString, ApiKeyScopes.Write);
        }

        // The load runs flat out; the request budget is not what this test is about.
        protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimiting:Writes:PermitLimit", "100000"), ("RateLimiting:Reads:PermitLimit", "100000")];

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Postgres.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnOutageAnswers503PromptlyAndLosesNoAnsweredIngest()
    {
        var client = factory.CreateClient();
        var created = new List<long>();
        var unexpected = new List<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            for (var n = 800; !stop.IsCancellationRequested; n++)
            {
                var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(n) });
                if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable))
                {
                    unexpected.Add(response.StatusCode);
                }

                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!.Id();
                    lock (created)
                    {
                        created.Add(id);
                    }
                }
            }
        });
        await Eventually.HoldsAsync(() => created.Count >= 3, TimeSpan.FromSeconds(30));

        await factory.Postgres.StopAsync();
        var clock = Stopwatch.StartNew();
        var read = await client.GetAsync("/api/v1/statistics?during=outage");
        var answeredIn = clock.Elapsed;
        var ready = await client.GetAsync("/health/ready");
        await factory.Postgres.StartAsync(samePort: true);
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        var countAtRecovery = created.Count;
        await Eventually.HoldsAsync(() => created.Count > countAtRecovery, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await load;

        Assert.Empty(unexpected);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.True(read.Headers.Contains("Retry-After"));
        Assert.Equal(503, (await read.ProblemAsync())["status"]!.GetValue<int>());
        Assert.True(answeredIn < TimeSpan.FromSeconds(8), $"the 503 took {answeredIn}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        foreach (var id in created)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/documents/{id}")).StatusCode);
        }
    }
}
