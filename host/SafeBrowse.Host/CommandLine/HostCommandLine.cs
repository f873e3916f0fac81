using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace SafeBrowse.Host.CommandLine;

/// <summary>
/// The plumbing every command shares, on System.CommandLine: the root with <c>--data-dir</c> and <c>--version</c>,
/// help (<c>-h</c>, <c>--help</c>), errors that name the mistake, exit codes (<see cref="ExitCodes"/>) and shell
/// completion through the <c>[suggest]</c> directive. The commands themselves are listed in Hosting/HostCommands;
/// the browser's start never comes here (<see cref="BrowserLaunch"/>).
/// </summary>
internal static class HostCommandLine
{
    public static RootCommand CreateRoot(CommandContext context)
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

        return root;
    }

    public static async Task<int> RunAsync(RootCommand root, IReadOnlyList<string> args, CommandOutput output)
    {
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await output.Error.WriteLineAsync(error.Message);
            }

            await output.Error.WriteLineAsync($"See '{CommandPath(parseResult.CommandResult)} --help'.");
            return ExitCodes.UsageError;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output.Out, Error = output.Error });
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
