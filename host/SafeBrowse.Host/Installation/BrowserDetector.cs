namespace SafeBrowse.Host.Installation;

/// <summary>Which browsers are on this computer: a program or a profile folder is enough.</summary>
internal static class BrowserDetector
{
    public static bool IsInstalled(InstallLayout layout, BrowserDefinition browser)
    {
        var paths = browser.On(layout.Platform);
        return layout.Expand(paths.Profile).Any(Directory.Exists) || paths.Programs.Any(program => layout.FindProgram(program) is not null);
    }

    public static IReadOnlyList<BrowserDefinition> Installed(InstallLayout layout) =>
        [.. BrowserCatalog.All.Where(browser => IsInstalled(layout, browser))];

    /// <summary>Snap or Flatpak copies of the browser (Linux), which run sandboxed and cannot simply start the host.</summary>
    public static IReadOnlyList<SandboxedBrowser> Sandboxed(InstallLayout layout, BrowserDefinition browser)
    {
        if (layout.Platform != HostPlatform.Linux)
        {
            return [];
        }

        var found = new List<SandboxedBrowser>();
        if (browser.Snap is { } snap && File.Exists(layout.System($"/snap/bin/{snap}")))
        {
            found.Add(new SandboxedBrowser(SandboxKind.Snap, snap));
        }

        if (browser.Flatpak is { } flatpak
            && (Directory.Exists(layout.System($"/var/lib/flatpak/app/{flatpak}"))
                || Directory.Exists(Path.Combine(layout.DataHome, "flatpak", "app", flatpak))))
        {
            found.Add(new SandboxedBrowser(SandboxKind.Flatpak, flatpak));
        }

        return found;
    }
}
