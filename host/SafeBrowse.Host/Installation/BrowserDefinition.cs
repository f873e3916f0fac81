namespace SafeBrowse.Host.Installation;

/// <summary>One browser SafeBrowse registers with, on every operating system.</summary>
/// <param name="Name">The name a parent knows it by.</param>
/// <param name="Family">Which manifest format it reads.</param>
/// <param name="Linux">Its folders on Linux.</param>
/// <param name="MacOs">Its folders on macOS.</param>
/// <param name="Windows">Its folders on Windows.</param>
/// <param name="WindowsHostsKey">The registry key (under HKCU or HKLM) whose subkey names the manifest.</param>
/// <param name="Snap">The Snap package name, when the browser ships as one.</param>
/// <param name="Flatpak">The Flatpak application id, when the browser ships as one.</param>
/// <param name="Listing">The store the browser installs the published extension from, which its install policy names.</param>
internal sealed record BrowserDefinition(
    string Name,
    BrowserFamily Family,
    BrowserPaths Linux,
    BrowserPaths MacOs,
    BrowserPaths Windows,
    string WindowsHostsKey,
    string? Snap,
    string? Flatpak,
    ExtensionListing Listing)
{
    public BrowserPaths On(HostPlatform platform) => platform switch
    {
        HostPlatform.Linux => Linux,
        HostPlatform.MacOs => MacOs,
        _ => Windows,
    };
}
