namespace SafeBrowse.Host.Platform;

/// <summary>Who started the host: Chromium passes the caller's origin, Firefox the manifest path and the add-on id.</summary>
internal sealed record BrowserCaller(string Identity, bool IsFirefox)
{
    public bool IsAllowed => IsFirefox
        ? ExtensionIds.Gecko.Contains(Identity, StringComparer.Ordinal)
        : ExtensionIds.ChromiumOrigins.Contains(Identity, StringComparer.Ordinal);

    public static bool LooksLikeChromiumOrigin(string argument) =>
        argument.StartsWith("chrome-extension://", StringComparison.Ordinal);

    public static bool LooksLikeFirefoxManifest(string argument) =>
        argument.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
