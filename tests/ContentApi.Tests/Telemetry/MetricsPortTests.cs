using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Telemetry;

/// <summary>With <c>Telemetry:Prometheus:Port</c> set, <c>/metrics</c> answers only on that port, never on the API's.</summary>
public sealed class MetricsPortTests(MetricsPortTests.Factory factory) : IClassFixture<MetricsPortTests.Factory>
{
    public sealed class Factory : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Telemetry:Prometheus:Port", "9464")];
    }

    [Fact]
    public async Task OnTheApisOwnConnectionsMetricsIsNotFound()
    {
        var client = factory.CreateAnonymousClient();

        var metrics = await client.GetAsync("/metrics");
        var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        spoofed.Headers.Host = "localhost:9464";
        var withHostOfThePort = await client.SendAsync(spoofed);
        var api = await client.GetAsync("/api/v1/statistics?pageSize=1");

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withHostOfThePort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }
}
