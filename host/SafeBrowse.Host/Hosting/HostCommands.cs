using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Installation;
using SafeBrowse.Host.Platform;
using SafeBrowse.Host.Scanning;

namespace SafeBrowse.Host.Hosting;

/// <summary>Every command a person can type, one row each; a command's work lives in its own class.</summary>
internal static class HostCommands
{
    public static IReadOnlyList<HostCommandDefinition> All { get; } =
    [
        new("install", "install [--system] [--in-place]  install the host and register it with every browser found", InstallCommands.InstallAsync),
        new("uninstall", "uninstall [--system] [--purge]   remove what install wrote (--purge: the family's data too)", InstallCommands.UninstallAsync),
        new("repair", "repair [--system]           rewrite every registration for the installed host", InstallCommands.RepairAsync),
        new("pin", "pin reset [--system]        clear a forgotten parents' PIN and print a new setup code", InstallCommands.PinAsync),
        new("doctor", "doctor [--timeout SECONDS]  check every browser can start the host, and say how to fix what is wrong", InstallCommands.DoctorAsync),
        new("scan", ScanArguments.Usage, (commandLine, output) => ScanCommand.RunAsync(commandLine, output, TimeProvider.System)),
        new("digest", DigestArguments.Usage, (commandLine, output) => DigestCommand.RunAsync(commandLine, output, TimeProvider.System)),
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
