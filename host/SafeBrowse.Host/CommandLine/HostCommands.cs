using SafeBrowse.Host.Installation;
using SafeBrowse.Host.Scanning;

namespace SafeBrowse.Host.CommandLine;

/// <summary>Every command a person can type, one row each; a command's work lives in its own class.</summary>
internal static class HostCommands
{
    public static IReadOnlyList<HostCommandDefinition> All { get; } =
    [
        new("install", "install                     register the host for this user's browsers", (_, output) => Task.FromResult(HostRegistration.Install(output.Out))),
        new("uninstall", "uninstall                   remove that registration", (_, output) => Task.FromResult(HostRegistration.Uninstall(output.Out))),
        new("scan", ScanArguments.Usage, (commandLine, output) => ScanCommand.RunAsync(commandLine, output, TimeProvider.System)),
        new("--version", "--version                   print the host's version", PrintVersionAsync),
        new("--help", "--help                      print this help", PrintUsageAsync),
    ];

    public static string Usage => string.Join(
        Environment.NewLine,
        [
            "Usage:",
            "  safebrowse-host chrome-extension://<id>/     started by Chromium-family browsers",
            "  safebrowse-host <manifest.json> <add-on id>  started by Firefox",
            .. All.Select(command => "  safebrowse-host " + command.Usage),
            "Options (every command):",
            "  --data-dir DIR   where data and logs go (or SAFEBROWSE_DATA_DIR)",
        ]);

    public static HostCommandDefinition Find(string name) =>
        All.FirstOrDefault(command => command.Name == name)
        ?? throw new CommandLineException($"Unknown command '{name}'.");

    private static async Task<int> PrintVersionAsync(HostCommandLine commandLine, CommandOutput output)
    {
        await output.Out.WriteLineAsync($"safebrowse-host {HostVersion.Current}");
        return 0;
    }

    private static async Task<int> PrintUsageAsync(HostCommandLine commandLine, CommandOutput output)
    {
        await output.Out.WriteLineAsync(Usage);
        return 0;
    }
}
