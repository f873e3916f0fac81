using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.CommandLine;

/// <summary>
/// The parsed command line: a browser launch (<see cref="Caller"/> set), or a command a person typed with its own
/// arguments. <c>--data-dir</c> works with every one.
/// </summary>
internal sealed record HostCommandLine(BrowserCaller? Caller, string? CommandName, IReadOnlyList<string> CommandArguments, string? DataDirectory)
{
    public const string DataDirectoryOption = "--data-dir";
    public const string DataDirectoryVariable = "SAFEBROWSE_DATA_DIR";

    public static HostCommandLine Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        string? dataDirectory = null;
        var positional = new List<string>();
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            if (argument == DataDirectoryOption)
            {
                dataDirectory = index + 1 < args.Count ? args[++index] : throw new CommandLineException($"{DataDirectoryOption} needs a folder.");
            }
            else if (argument.StartsWith(DataDirectoryOption + "=", StringComparison.Ordinal))
            {
                dataDirectory = argument[(DataDirectoryOption.Length + 1)..];
            }
            else
            {
                positional.Add(argument);
            }
        }

        dataDirectory ??= environment(DataDirectoryVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        if (positional.Count == 0)
        {
            throw new CommandLineException("Nothing to do: this program is started by the browser, or with a command.");
        }

        var first = positional[0];
        if (BrowserCaller.LooksLikeChromiumOrigin(first))
        {
            return new HostCommandLine(new BrowserCaller(first, IsFirefox: false), null, [], dataDirectory);
        }

        if (BrowserCaller.LooksLikeFirefoxManifest(first) && positional.Count >= 2)
        {
            return new HostCommandLine(new BrowserCaller(positional[1], IsFirefox: true), null, [], dataDirectory);
        }

        return new HostCommandLine(null, first, positional[1..], dataDirectory);
    }
}
