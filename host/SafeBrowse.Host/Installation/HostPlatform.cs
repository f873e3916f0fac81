namespace SafeBrowse.Host.Installation;

/// <summary>The operating system whose folders, registry and conventions an install follows.</summary>
internal enum HostPlatform
{
    Linux,
    MacOs,
    Windows,
}
