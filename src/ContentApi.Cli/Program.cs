using System.CommandLine;

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
        var status = await parsed.InvokeAsync();
        return parsed.Errors.Count > 0 ? 2 : status;
    }
}
