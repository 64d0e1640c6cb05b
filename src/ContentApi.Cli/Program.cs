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
            IngestCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
