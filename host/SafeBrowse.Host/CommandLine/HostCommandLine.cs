using SafeBrowse.Host.Hosting;

namespace SafeBrowse.Host.CommandLine;

/// <summary>The parsed command line: a browser launch, or a command a person typed. <c>--data-dir</c> works with every one.</summary>
internal sealed record HostCommandLine(HostCommand Command, string? DataDirectory, BrowserCaller? Caller)
{
    public const string DataDirectoryOption = "--data-dir";
    public const string DataDirectoryVariable = "SAFEBROWSE_DATA_DIR";

    public const string Usage = """
        Usage:
          safebrowse-host chrome-extension://<id>/        started by Chromium-family browsers
          safebrowse-host <manifest.json> <add-on id>     started by Firefox
          safebrowse-host install                         register the host for this user's browsers
          safebrowse-host uninstall                       remove that registration
          safebrowse-host --version
        Options (every command):
          --data-dir DIR   where data and logs go (or SAFEBROWSE_DATA_DIR)
        """;

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
        return new HostCommandLine(ParseCommand(positional, out var caller), dataDirectory, caller);
    }

    private static HostCommand ParseCommand(List<string> positional, out BrowserCaller? caller)
    {
        caller = null;
        if (positional.Count == 0)
        {
            throw new CommandLineException("Nothing to do: this program is started by the browser, or with a command.");
        }

        var first = positional[0];
        if (BrowserCaller.LooksLikeChromiumOrigin(first))
        {
            caller = new BrowserCaller(first, IsFirefox: false);
            return HostCommand.Serve;
        }

        if (BrowserCaller.LooksLikeFirefoxManifest(first) && positional.Count >= 2)
        {
            caller = new BrowserCaller(positional[1], IsFirefox: true);
            return HostCommand.Serve;
        }

        return first switch
        {
            "install" => HostCommand.Install,
            "uninstall" => HostCommand.Uninstall,
            "--version" or "version" => HostCommand.Version,
            "--help" or "-h" or "help" => HostCommand.Help,
            _ => throw new CommandLineException($"Unknown command '{first}'."),
        };
    }
}
