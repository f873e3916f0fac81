namespace SafeBrowse.Host.Installation;

internal enum SandboxKind
{
    Snap,
    Flatpak,
}
