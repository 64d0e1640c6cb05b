using System.Diagnostics;

namespace ContentApi.Tests.Infrastructure;

/// <summary>Runs a program to its end, as an operator would, and keeps what it wrote.</summary>
internal static class Processes
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
