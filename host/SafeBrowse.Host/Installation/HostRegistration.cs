using System.Text.Json;

namespace SafeBrowse.Host.Installation;

/// <summary>Writes or removes the per-user host manifest for every browser found on this computer.</summary>
internal static class HostRegistration
{
    private static readonly string[] DefaultBrowsers = ["Chromium", "Google Chrome"];

    public static int Install(TextWriter output) => Install(output, BrowserLocations.ForCurrentUser(Environment.GetEnvironmentVariable), HostExecutablePath, IsOnPath);

    public static int Uninstall(TextWriter output) => Uninstall(output, BrowserLocations.ForCurrentUser(Environment.GetEnvironmentVariable));

    internal static string HostExecutablePath =>
        Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "safebrowse-host.exe" : "safebrowse-host");

    internal static int Install(TextWriter output, IReadOnlyList<BrowserLocation> browsers, string hostPath, Func<string, bool> isOnPath)
    {
        if (browsers.Count == 0)
        {
            output.WriteLine("Registering on this operating system is not supported yet; only Linux and macOS are.");
            return 2;
        }

        if (!File.Exists(hostPath))
        {
            output.WriteLine($"The host program is missing at {hostPath}; publish it first (installer/install.sh does).");
            return 1;
        }

        var found = browsers.Where(browser => Directory.Exists(browser.ProfileRoot) || browser.Executables.Any(isOnPath)).ToList();
        if (found.Count == 0)
        {
            output.WriteLine("No browser found yet; registering for Chromium and Google Chrome so they find SafeBrowse once installed.");
            found = [.. browsers.Where(browser => DefaultBrowsers.Contains(browser.Name))];
        }

        foreach (var browser in found)
        {
            var manifestPath = Write(browser, hostPath);
            output.WriteLine($"Registered for {browser.Name}: {manifestPath}");
        }

        return 0;
    }

    internal static int Uninstall(TextWriter output, IReadOnlyList<BrowserLocation> browsers)
    {
        foreach (var browser in browsers)
        {
            var manifestPath = ManifestPathOf(browser);
            if (File.Exists(manifestPath))
            {
                File.Delete(manifestPath);
                output.WriteLine($"Removed for {browser.Name}: {manifestPath}");
            }
        }

        return 0;
    }

    private static string Write(BrowserLocation browser, string hostPath)
    {
        Directory.CreateDirectory(browser.HostsFolder);
        var manifestPath = ManifestPathOf(browser);
        var manifest = HostManifest.For(browser.Family, Path.GetFullPath(hostPath));
        File.WriteAllBytes(manifestPath, JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJsonContext.Default.HostManifest));
        return manifestPath;
    }

    private static string ManifestPathOf(BrowserLocation browser) => Path.Combine(browser.HostsFolder, HostManifest.HostName + ".json");

    private static bool IsOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, executable)));
}
