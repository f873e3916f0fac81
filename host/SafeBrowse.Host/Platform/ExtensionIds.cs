namespace SafeBrowse.Host.Platform;

/// <summary>The one list of extensions this host serves; host manifests and the launch check are both built from it.</summary>
internal static class ExtensionIds
{
    /// <summary>Derived from the public key in extension/manifest.json (sha256 of the DER key, first 32 hex digits mapped to a–p).</summary>
    public const string Development = "kenkdnfcmdmplmpolpcjmdablipobohb";

    /// <summary>Chrome Web Store and Edge Add-ons give the published extension ids of their own; each one goes here once known.</summary>
    public static IReadOnlyList<string> Store { get; } = [];

    public static IReadOnlyList<string> Chromium { get; } = [Development, .. Store];

    public static IReadOnlyList<string> Gecko { get; } = ["safebrowse@safebrowse.org"];

    public static IReadOnlyList<string> ChromiumOrigins { get; } = [.. Chromium.Select(id => $"chrome-extension://{id}/")];
}
