namespace SafeBrowse.Host.Installation;

/// <summary>Where one browser looks for per-user native messaging hosts, and how to tell it is installed.</summary>
/// <param name="Name">The name a parent knows it by.</param>
/// <param name="Family">Which manifest format it reads.</param>
/// <param name="ProfileRoot">The browser's per-user folder; its presence means the browser has run here.</param>
/// <param name="HostsFolder">The folder the host manifest goes into.</param>
/// <param name="Executables">Program names to look for on PATH.</param>
internal sealed record BrowserLocation(
    string Name,
    BrowserFamily Family,
    string ProfileRoot,
    string HostsFolder,
    IReadOnlyList<string> Executables);
