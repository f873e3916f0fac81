namespace SafeBrowse.Host.Installation;

/// <summary>The managed policies that decide whether a browser may start SafeBrowse's host.</summary>
/// <param name="UserLevelHosts">NativeMessagingUserLevelHosts; false makes the browser ignore per-user registrations.</param>
/// <param name="Blocklist">NativeMessagingBlocklist; "*" blocks every host.</param>
/// <param name="Allowlist">NativeMessagingAllowlist, which exempts hosts from the blocklist.</param>
/// <param name="Unreadable">Policy sources that exist but could not be read, to tell the parent about.</param>
/// <param name="ForcedExtensions">
/// Extensions the browser installs by itself and keeps on: ExtensionInstallForcelist entries (<c>id;update URL</c>) in the
/// Chromium family, add-on ids with <c>force_installed</c> in Firefox's ExtensionSettings.
/// </param>
internal sealed record BrowserPolicy(
    bool? UserLevelHosts,
    IReadOnlyList<string> Blocklist,
    IReadOnlyList<string> Allowlist,
    IReadOnlyList<string> Unreadable,
    IReadOnlyList<string> ForcedExtensions)
{
    public static BrowserPolicy None { get; } = new(null, [], [], [], []);

    /// <summary>Whether the policy installs the extension listed in <paramref name="listing"/>.</summary>
    public bool Forces(ExtensionListing listing) =>
        ForcedExtensions.Any(entry => entry.Split(';')[0].Trim() == listing.Id);

    public bool BlocksHost =>
        Blocklist.Any(entry => entry is "*" or HostManifest.HostName) && !Allowlist.Contains(HostManifest.HostName, StringComparer.Ordinal);

    public BrowserPolicy Merge(BrowserPolicy other) => new(
        UserLevelHosts == false || other.UserLevelHosts == false ? false : UserLevelHosts ?? other.UserLevelHosts,
        [.. Blocklist, .. other.Blocklist],
        [.. Allowlist, .. other.Allowlist],
        [.. Unreadable, .. other.Unreadable],
        [.. ForcedExtensions, .. other.ForcedExtensions]);
}
