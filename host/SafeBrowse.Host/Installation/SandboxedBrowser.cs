namespace SafeBrowse.Host.Installation;

/// <summary>A browser installed as a Snap or Flatpak package, with its package name or application id.</summary>
internal sealed record SandboxedBrowser(SandboxKind Kind, string Package);
