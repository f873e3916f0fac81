namespace SafeBrowse.Host.CommandLine;

internal enum HostCommand
{
    Serve,
    Install,
    Uninstall,
    Version,
    Help,
}
