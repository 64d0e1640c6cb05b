using System.CommandLine;
using Npgsql;

namespace ContentApi.Cli;

/// <summary>contentapi: the editors' command line. Each command lives in its own file and is added here.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("ContentApi command line: preview and load newspaper pages.")
        {
            ExtractCommand.Create(),
            KeysCommand.Create(),
            BenchDataCommand.Create(),
            ReextractCommand.Create(),
            EvaluateCommand.Create(),
            IngestCommand.Create(),
        };
        return Invoke(root.Parse(args));
    }

    // Wrong arguments exit 2, as with argparse and the corpus scorers, so that a script tells them from a command's own 1
    // (evaluate: a floor missed).
    private static async Task<int> Invoke(ParseResult parsed)
    {
        try
        {
            var status = await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parsed.Errors.Count > 0 ? 2 : status;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // A database that is down, refuses the password or refuses a write is the operator's to fix, not a bug:
            // one line that says what PostgreSQL said, not a stack trace.
            await Console.Error.WriteLineAsync($"contentapi: the database: {e.Message}");
            return 1;
        }
    }
}
