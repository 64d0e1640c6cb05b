using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Security;

public sealed class RateLimitTests(RateLimitTests.Fixture factory) : IClassFixture<RateLimitTests.Fixture>
{
    public sealed class Fixture : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("RateLimiting:Reads:PermitLimit", "3"),
            ("RateLimiting:Reads:WindowSeconds", "60"),
            ("RateLimiting:Writes:PermitLimit", "2"),
            ("RateLimiting:Writes:WindowSeconds", "60"),
        ];
    }

    [Fact]
    public async Task ReadsPastTheBudgetAre429WithRetryAfterWhileWritesKeepTheirOwnBudget()
    {
        var client = factory.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.GetAsync($"/api/v1/statistics?page={i + 1}"));
        }

        var write = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(601) });
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Equal(["3"], answers[0].Headers.GetValues("RateLimit-Limit"));
        Assert.Equal(["2"], answers[0].Headers.GetValues("RateLimit-Remaining"));
        Assert.True(answers[0].Headers.Contains("RateLimit-Reset"));
        var rejected = answers[3];
        Assert.True(int.Parse(rejected.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal(["0"], rejected.Headers.GetValues("RateLimit-Remaining"));
        Assert.Equal(429, (await rejected.ProblemAsync())["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
    }

    [Fact]
    public async Task HealthChecksAreNotRateLimited()
    {
        var client = factory.CreateAnonymousClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync("/health/live")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }
}
