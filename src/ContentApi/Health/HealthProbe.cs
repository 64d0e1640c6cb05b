namespace ContentApi.Health;

/// <summary>
/// <c>ContentApi --health-probe</c>: asks the running service's readiness endpoint and exits 0 when it is ready.
/// The runtime image has no curl, so the container's health check runs the service's own binary this way.
/// </summary>
internal static class HealthProbe
{
    public static async Task<int> RunAsync()
    {
        var url = Environment.GetEnvironmentVariable("HEALTH_PROBE_URL") ?? "http://127.0.0.1:8080/health/ready";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
