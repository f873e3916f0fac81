namespace SafeBrowse.Host.Installation;

/// <summary>Per-user host folders, from shared/research/native-messaging.md §2. Data, not code: one row a browser.</summary>
internal static class BrowserLocations
{
    public static IReadOnlyList<BrowserLocation> ForCurrentUser(Func<string, string?> environment)
    {
        var home = environment("HOME") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS())
        {
            return MacOs(Path.Combine(home, "Library", "Application Support"));
        }

        if (OperatingSystem.IsLinux())
        {
            var config = environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".config");
            return Linux(home, config);
        }

        return [];
    }

    private static List<BrowserLocation> Linux(string home, string config) =>
    [
        ChromiumRow("Chromium", Path.Combine(config, "chromium"), "chromium", "chromium-browser"),
        ChromiumRow("Google Chrome", Path.Combine(config, "google-chrome"), "google-chrome", "google-chrome-stable"),
        ChromiumRow("Microsoft Edge", Path.Combine(config, "microsoft-edge"), "microsoft-edge", "microsoft-edge-stable"),
        ChromiumRow("Brave", Path.Combine(config, "BraveSoftware", "Brave-Browser"), "brave-browser", "brave"),
        ChromiumRow("Vivaldi", Path.Combine(config, "vivaldi"), "vivaldi", "vivaldi-stable"),
        new("Firefox", BrowserFamily.Firefox, Path.Combine(home, ".mozilla"), Path.Combine(home, ".mozilla", "native-messaging-hosts"), ["firefox", "firefox-esr"]),
    ];

    private static List<BrowserLocation> MacOs(string support) =>
    [
        ChromiumRow("Chromium", Path.Combine(support, "Chromium")),
        ChromiumRow("Google Chrome", Path.Combine(support, "Google", "Chrome")),
        ChromiumRow("Microsoft Edge", Path.Combine(support, "Microsoft Edge")),
        ChromiumRow("Brave", Path.Combine(support, "BraveSoftware", "Brave-Browser")),
        ChromiumRow("Vivaldi", Path.Combine(support, "Vivaldi")),
        new("Firefox", BrowserFamily.Firefox, Path.Combine(support, "Mozilla"), Path.Combine(support, "Mozilla", "NativeMessagingHosts"), []),
    ];

    private static BrowserLocation ChromiumRow(string name, string profileRoot, params string[] executables) =>
        new(name, BrowserFamily.Chromium, profileRoot, Path.Combine(profileRoot, "NativeMessagingHosts"), executables);
}
