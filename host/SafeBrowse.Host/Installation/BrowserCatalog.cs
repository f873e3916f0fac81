namespace SafeBrowse.Host.Installation;

/// <summary>
/// Every browser SafeBrowse registers with, from shared/research/native-messaging.md §2. Data, not code: one row a
/// browser. Where the sources disagree (Vivaldi's system folder on Linux) both folders are written. Firefox reads
/// policies.json from /etc/firefox/policies on Linux (Debian's firefox-esr too) and from its installation's
/// distribution folder on macOS and Windows.
/// </summary>
internal static class BrowserCatalog
{
    private const string ChromeHostsKey = @"Software\Google\Chrome\NativeMessagingHosts";

    public static IReadOnlyList<BrowserDefinition> All { get; } =
    [
        new(
            "Chromium",
            BrowserFamily.Chromium,
            Linux: new(
                "{config}/chromium",
                "{config}/chromium/NativeMessagingHosts",
                ["/etc/chromium/native-messaging-hosts"],
                ["chromium", "chromium-browser", "/usr/bin/chromium", "/usr/lib/chromium/chromium"],
                ["/etc/chromium/policies/managed"]),
            MacOs: new(
                "{support}/Chromium",
                "{support}/Chromium/NativeMessagingHosts",
                ["/Library/Application Support/Chromium/NativeMessagingHosts"],
                ["/Applications/Chromium.app", "{home}/Applications/Chromium.app"],
                ["org.chromium.Chromium"]),
            Windows: new(
                "{localappdata}/Chromium/User Data",
                string.Empty,
                [],
                ["{programfiles}/Chromium/Application/chrome.exe", "{localappdata}/Chromium/Application/chrome.exe"],
                [@"SOFTWARE\Policies\Chromium"]),
            WindowsHostsKey: @"Software\Chromium\NativeMessagingHosts",
            Snap: "chromium",
            Flatpak: "org.chromium.Chromium",
            Listing: ExtensionStores.ChromeWebStore),
        new(
            "Google Chrome",
            BrowserFamily.Chromium,
            Linux: new(
                "{config}/google-chrome",
                "{config}/google-chrome/NativeMessagingHosts",
                ["/etc/opt/chrome/native-messaging-hosts"],
                ["google-chrome", "google-chrome-stable", "/opt/google/chrome/chrome"],
                ["/etc/opt/chrome/policies/managed"]),
            MacOs: new(
                "{support}/Google/Chrome",
                "{support}/Google/Chrome/NativeMessagingHosts",
                ["/Library/Google/Chrome/NativeMessagingHosts"],
                ["/Applications/Google Chrome.app", "{home}/Applications/Google Chrome.app"],
                ["com.google.Chrome"]),
            Windows: new(
                "{localappdata}/Google/Chrome/User Data",
                string.Empty,
                [],
                ["{programfiles}/Google/Chrome/Application/chrome.exe", "{localappdata}/Google/Chrome/Application/chrome.exe"],
                [@"SOFTWARE\Policies\Google\Chrome"]),
            WindowsHostsKey: ChromeHostsKey,
            Snap: null,
            Flatpak: "com.google.Chrome",
            Listing: ExtensionStores.ChromeWebStore),
        new(
            "Microsoft Edge",
            BrowserFamily.Chromium,
            Linux: new(
                "{config}/microsoft-edge",
                "{config}/microsoft-edge/NativeMessagingHosts",
                ["/etc/opt/edge/native-messaging-hosts"],
                ["microsoft-edge", "microsoft-edge-stable", "/opt/microsoft/msedge/msedge"],
                ["/etc/opt/edge/policies/managed"]),
            MacOs: new(
                "{support}/Microsoft Edge",
                "{support}/Microsoft Edge/NativeMessagingHosts",
                ["/Library/Microsoft/Edge/NativeMessagingHosts"],
                ["/Applications/Microsoft Edge.app", "{home}/Applications/Microsoft Edge.app"],
                ["com.microsoft.Edge"]),
            Windows: new(
                "{localappdata}/Microsoft/Edge/User Data",
                string.Empty,
                [],
                ["{programfiles}/Microsoft/Edge/Application/msedge.exe"],
                [@"SOFTWARE\Policies\Microsoft\Edge"]),
            WindowsHostsKey: @"Software\Microsoft\Edge\NativeMessagingHosts",
            Snap: null,
            Flatpak: "com.microsoft.Edge",
            Listing: ExtensionStores.EdgeAddOns),
        new(
            "Brave",
            BrowserFamily.Chromium,
            Linux: new(
                "{config}/BraveSoftware/Brave-Browser",
                "{config}/BraveSoftware/Brave-Browser/NativeMessagingHosts",
                ["/etc/opt/chrome/native-messaging-hosts"],
                ["brave-browser", "brave", "/opt/brave.com/brave/brave"],
                ["/etc/brave/policies/managed"]),
            MacOs: new(
                "{support}/BraveSoftware/Brave-Browser",
                "{support}/BraveSoftware/Brave-Browser/NativeMessagingHosts",
                ["/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"],
                ["/Applications/Brave Browser.app", "{home}/Applications/Brave Browser.app"],
                ["com.brave.Browser"]),
            Windows: new(
                "{localappdata}/BraveSoftware/Brave-Browser/User Data",
                string.Empty,
                [],
                ["{programfiles}/BraveSoftware/Brave-Browser/Application/brave.exe", "{localappdata}/BraveSoftware/Brave-Browser/Application/brave.exe"],
                [@"SOFTWARE\Policies\BraveSoftware\Brave"]),
            WindowsHostsKey: ChromeHostsKey,
            Snap: "brave",
            Flatpak: "com.brave.Browser",
            Listing: ExtensionStores.ChromeWebStore),
        new(
            "Vivaldi",
            BrowserFamily.Chromium,
            Linux: new(
                "{config}/vivaldi",
                "{config}/vivaldi/NativeMessagingHosts",
                ["/etc/opt/vivaldi/native-messaging-hosts", "/etc/vivaldi/native-messaging-hosts"],
                ["vivaldi", "vivaldi-stable", "/opt/vivaldi/vivaldi"],
                ["/etc/opt/vivaldi/policies/managed"]),
            MacOs: new(
                "{support}/Vivaldi",
                "{support}/Vivaldi/NativeMessagingHosts",
                ["/Library/Application Support/Vivaldi/NativeMessagingHosts"],
                ["/Applications/Vivaldi.app", "{home}/Applications/Vivaldi.app"],
                ["com.vivaldi.Vivaldi"]),
            Windows: new(
                "{localappdata}/Vivaldi/User Data",
                string.Empty,
                [],
                ["{localappdata}/Vivaldi/Application/vivaldi.exe", "{programfiles}/Vivaldi/Application/vivaldi.exe"],
                []),
            WindowsHostsKey: ChromeHostsKey,
            Snap: "vivaldi",
            Flatpak: "com.vivaldi.Vivaldi",
            Listing: ExtensionStores.ChromeWebStore),
        new(
            "Firefox",
            BrowserFamily.Firefox,
            Linux: new(
                "{home}/.mozilla",
                "{home}/.mozilla/native-messaging-hosts",
                ["/usr/lib/mozilla/native-messaging-hosts"],
                ["firefox", "firefox-esr", "/usr/lib/firefox/firefox", "/usr/lib/firefox-esr/firefox-esr"],
                ["/etc/firefox/policies"]),
            MacOs: new(
                "{support}/Firefox",
                "{support}/Mozilla/NativeMessagingHosts",
                ["/Library/Application Support/Mozilla/NativeMessagingHosts"],
                ["/Applications/Firefox.app", "{home}/Applications/Firefox.app"],
                ["/Applications/Firefox.app/Contents/Resources/distribution"]),
            Windows: new(
                "{appdata}/Mozilla/Firefox",
                string.Empty,
                [],
                ["{programfiles}/Mozilla Firefox/firefox.exe"],
                ["{programfiles}/Mozilla Firefox/distribution"]),
            WindowsHostsKey: @"Software\Mozilla\NativeMessagingHosts",
            Snap: "firefox",
            Flatpak: "org.mozilla.firefox",
            Listing: ExtensionStores.FirefoxAddOns),
    ];

    /// <summary>Registered even when no browser is found, so a browser installed later finds SafeBrowse.</summary>
    public static IReadOnlyList<BrowserDefinition> Fallback { get; } = [.. All.Where(browser => browser.Name is "Chromium" or "Google Chrome")];

    public static BrowserDefinition? Named(string name) => All.FirstOrDefault(browser => browser.Name == name);
}
