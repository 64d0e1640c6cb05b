using System.Diagnostics;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Faults;

/// <summary>The real service process started against a database it cannot reach, as after a typo in its settings.</summary>
public sealed class StartWithoutDatabaseTests
{
    [Fact]
    public async Task TheServiceLogsWhyAndExitsOneWithoutTheRuntimesStackTrace()
    {
        var start = new ProcessStartInfo("dotnet", ["ContentApi.dll", "--urls", "http://127.0.0.1:0"]) { WorkingDirectory = AppContext.BaseDirectory };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Port 1 on loopback: nothing listens, so the connection is refused at once.
        start.Environment["ConnectionStrings__Content"] = "Host=127.0.0.1;Port=1;Username=u;Password=p;Timeout=3";

        var (exitCode, output, error) = await Processes.RunAsync(start);

        Assert.Equal(1, exitCode);
        var log = output + error;
        Assert.Contains("Hosting failed to start", log);
        Assert.Contains("Failed to connect to 127.0.0.1:1", log);
        Assert.DoesNotContain("Unhandled exception", log);
    }
}
