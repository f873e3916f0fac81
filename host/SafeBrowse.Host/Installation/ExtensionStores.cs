using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// Where each browser gets the published extension, which install policies for every account name. The store ids are
/// placeholders until SafeBrowse is published: each store assigns its own id when the package from
/// <c>npm run package</c> is first accepted. Then replace the placeholder here and add the id to
/// <see cref="ExtensionIds.Store"/> so the host manifest allows it; nothing else names them.
/// </summary>
internal static class ExtensionStores
{
    /// <summary>Chrome, Chromium, Brave and Vivaldi install from the Chrome Web Store.</summary>
    public static ExtensionListing ChromeWebStore { get; } =
        new("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "https://clients2.google.com/service/update2/crx");

    /// <summary>Edge installs from Edge Add-ons, whose id differs from the Chrome Web Store's.</summary>
    public static ExtensionListing EdgeAddOns { get; } =
        new("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "https://edge.microsoft.com/extensionwebstorebase/v1/crx");

    /// <summary>Firefox keeps the add-on id of the manifest; the URL is addons.mozilla.org's latest signed version.</summary>
    public static ExtensionListing FirefoxAddOns { get; } =
        new(ExtensionIds.Gecko[0], "https://addons.mozilla.org/firefox/downloads/latest/safebrowse/latest.xpi");
}
