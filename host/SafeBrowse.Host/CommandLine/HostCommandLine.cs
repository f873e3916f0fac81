using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Scanning;

namespace SafeBrowse.Host.CommandLine;

/// <summary>
/// Every command a person can type, parsed by System.CommandLine: help (<c>-h</c>, <c>--help</c>), errors that name
/// the mistake, exit codes (<see cref="ExitCodes"/>) and shell completion through the <c>[suggest]</c> directive.
/// A command's work lives in its own class; the browser's start never comes here (<see cref="BrowserLaunch"/>).
/// </summary>
internal static class HostCommandLine
{
    public static RootCommand Create(CommandContext context)
    {
        var root = new RootCommand(
            "SafeBrowse's program on this computer. Browsers start it on their own " +
            "(chrome-extension://<id>/ from Chromium-family browsers, <manifest.json> <add-on id> from Firefox); " +
            "a person runs one of the commands below.");
        root.Options.Add(context.DataDirectory);
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new HostVersionAction();
        }

        Command[] commands = [.. InstallCommandLines.Create(context), ScanCommandLine.Create(context), DigestCommandLine.Create(context)];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Takes no parser type in its signature, so the browser's start never loads the parser's assembly.</summary>
    public static Task<int> RunOnConsoleAsync(string[] args) =>
        RunAsync(args, new CommandContext(new CommandOutput(Console.Out, Console.Error), TimeProvider.System, Environment.GetEnvironmentVariable));

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parseResult = Create(context).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Output.Error.WriteLineAsync(error.Message);
            }

            await context.Output.Error.WriteLineAsync($"See '{CommandPath(parseResult.CommandResult)} --help'.");
            return ExitCodes.UsageError;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = context.Output.Out, Error = context.Output.Error });
    }

    /// <summary>"safebrowse-host pin reset"; the root's own name is the running file's, the test assembly's under a test.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["safebrowse-host", .. names]);
    }
}
