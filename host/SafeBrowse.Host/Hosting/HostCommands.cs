using System.CommandLine;
using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Installation;
using SafeBrowse.Host.Scanning;

namespace SafeBrowse.Host.Hosting;

/// <summary>Every command a person can type; a command's line and work live in the folder of what it works on.</summary>
internal static class HostCommands
{
    public static RootCommand Create(CommandContext context)
    {
        var root = HostCommandLine.CreateRoot(context);
        Command[] commands = [.. InstallCommandLines.Create(context), ScanCommandLine.Create(context), DigestCommandLine.Create(context)];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context) =>
        HostCommandLine.RunAsync(Create(context), args, context.Output);

    /// <summary>Takes no parser type in its signature, so the browser's start never loads the parser's assembly.</summary>
    public static Task<int> RunOnConsoleAsync(string[] args) =>
        RunAsync(args, new CommandContext(new CommandOutput(Console.Out, Console.Error), TimeProvider.System, Environment.GetEnvironmentVariable));
}
