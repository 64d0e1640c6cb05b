using System.CommandLine;
using ContentApi.Cli;

// contentapi: the editors' command line. Each command lives in its own file and is added here.
var root = new RootCommand("ContentApi command line: preview and load newspaper pages.")
{
    ExtractCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
