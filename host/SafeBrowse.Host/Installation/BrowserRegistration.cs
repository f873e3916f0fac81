namespace SafeBrowse.Host.Installation;

/// <summary>One place a browser reads SafeBrowse's host manifest from: the file, and on Windows the registry key naming it.</summary>
internal sealed record BrowserRegistration(
    string Browser,
    BrowserFamily Family,
    InstallScope Scope,
    string ManifestPath,
    RegistryKeyPath? RegistryKey);
