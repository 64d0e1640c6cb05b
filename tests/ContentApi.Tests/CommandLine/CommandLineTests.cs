using System.Diagnostics;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.CommandLine;

/// <summary>The <c>contentapi</c> command line run as a process, as an operator runs it.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task AnUnreachableDatabaseIsOneLineAndExitOneNotAStackTrace()
    {
        // Port 1 on loopback: nothing listens, so the connection is refused at once.
        var (exitCode, output, error) = await RunAsync("keys", "list", "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=p;Timeout=3");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("contentapi: the database: ", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public async Task WrongArgumentsStillExitTwo()
    {
        var (exitCode, _, error) = await RunAsync("keys", "create");

        Assert.Equal(2, exitCode);
        Assert.Contains("--name", error);
    }

    // The tests run from tests/ContentApi.Tests/bin/<configuration>/<framework>/; the command line was built into the
    // same configuration and framework under src/ContentApi.Cli/bin/.
    private static string CommandLinePath()
    {
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = framework.Parent!;
        var repository = configuration.Parent!.Parent!.Parent!.Parent!;
        return Path.Combine(repository.FullName, "src", "ContentApi.Cli", "bin", configuration.Name, framework.Name, "contentapi.dll");
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(CommandLinePath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Processes.RunAsync(start);
    }
}
