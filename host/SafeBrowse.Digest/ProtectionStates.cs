namespace SafeBrowse.Digest;

/// <summary>
/// The words a heartbeat uses to say how well SafeBrowse is protecting (docs/protocol.md, heartbeat). They live here
/// because every impaired word needs a reason the digest can tell a parent; the host refuses any other word.
/// </summary>
public static class ProtectionStates
{
    public const string Active = "active";

    /// <summary>The browser withholds the extension's access to the sites it reads (Firefox site permissions, Chrome "on click").</summary>
    public const string NoSiteAccess = "no_site_access";

    /// <summary>Private windows are open to the child but the extension is not allowed to run in them.</summary>
    public const string NoPrivateWindows = "no_private_windows";

    /// <summary>The host runs but could not load its model, so messages cannot be scored.</summary>
    public const string ModelUnavailable = "model_unavailable";

    public static IReadOnlyList<string> Impaired { get; } = [NoSiteAccess, NoPrivateWindows, ModelUnavailable];

    public static bool IsImpaired(string state) => Impaired.Contains(state, StringComparer.Ordinal);
}
