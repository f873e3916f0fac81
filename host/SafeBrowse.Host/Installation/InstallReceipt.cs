namespace SafeBrowse.Host.Installation;

/// <summary>Everything an install wrote, kept beside the installed host so uninstall and repair touch exactly that.</summary>
/// <param name="HostVersion">The version that wrote the receipt.</param>
/// <param name="Scope">One account or every account.</param>
/// <param name="HostPath">The program every manifest names.</param>
/// <param name="HostFiles">The published files copied into the app folder (empty for an in-place install).</param>
/// <param name="Registrations">Every manifest and registry key written.</param>
/// <param name="CreatedDirectories">Folders that did not exist before; uninstall removes them again when empty.</param>
/// <param name="InstalledAt">When, for a parent reading the receipt.</param>
/// <param name="SetupCodePath">The setup code for the first parents' PIN (null in receipts older than it).</param>
/// <param name="Policies">The install policies an every-account install wrote; null in receipts written before there were any.</param>
internal sealed record InstallReceipt(
    string HostVersion,
    InstallScope Scope,
    string HostPath,
    IReadOnlyList<string> HostFiles,
    IReadOnlyList<BrowserRegistration> Registrations,
    IReadOnlyList<string> CreatedDirectories,
    DateTimeOffset InstalledAt,
    string? SetupCodePath = null,
    IReadOnlyList<ExtensionPolicy>? Policies = null);
