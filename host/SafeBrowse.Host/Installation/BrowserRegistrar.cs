using System.Text.Json;

namespace SafeBrowse.Host.Installation;

/// <summary>Plans, writes and removes host manifests (and on Windows the registry values naming them).</summary>
internal sealed class BrowserRegistrar(InstallLayout layout)
{
    private const UnixFileMode ReadableByAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode FolderReadableByAll = ReadableByAll | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static string ManifestFileName => HostManifest.HostName + ".json";

    /// <summary>Every place <paramref name="browser"/> reads a manifest from for <paramref name="scope"/>.</summary>
    public IEnumerable<BrowserRegistration> Plan(BrowserDefinition browser, InstallScope scope, string appDirectory)
    {
        if (layout.Platform == HostPlatform.Windows)
        {
            // Windows browsers read the manifest path from the registry, so the manifest lives beside the host it names.
            var manifest = Path.Combine(appDirectory, $"{HostManifest.HostName}.{browser.Family.ToString().ToLowerInvariant()}.json");
            var key = new RegistryKeyPath(RegistryKeyPath.HiveFor(scope), $@"{browser.WindowsHostsKey}\{HostManifest.HostName}");
            return [new BrowserRegistration(browser.Name, browser.Family, scope, manifest, key)];
        }

        var paths = browser.On(layout.Platform);
        var folders = scope == InstallScope.User ? [layout.ExpandOne(paths.UserHosts)] : paths.SystemHosts.Select(layout.ExpandOne);
        return folders.Select(folder => new BrowserRegistration(browser.Name, browser.Family, scope, Path.Combine(folder, ManifestFileName), null));
    }

    public void Write(BrowserRegistration registration, string hostPath, DirectoryTracker directories)
    {
        directories.Ensure(Path.GetDirectoryName(registration.ManifestPath)!, FolderReadableByAll);
        var manifest = HostManifest.For(registration.Family, hostPath);
        File.WriteAllBytes(registration.ManifestPath, JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJsonContext.Default.HostManifest));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(registration.ManifestPath, ReadableByAll);
        }

        if (registration.RegistryKey is { } key)
        {
            RequireRegistry().WriteDefault(key, registration.ManifestPath);
        }
    }

    /// <summary>Removes the manifest and registry key; true when anything was there.</summary>
    public bool Remove(BrowserRegistration registration)
    {
        var removed = false;
        if (File.Exists(registration.ManifestPath))
        {
            File.Delete(registration.ManifestPath);
            removed = true;
        }

        if (registration.RegistryKey is { } key && RequireRegistry().ReadDefault(key) is not null)
        {
            layout.Registry!.DeleteKey(key);
            removed = true;
        }

        return removed;
    }

    /// <summary>The manifest a browser would find for this scope right now, if any: on Windows through the registry.</summary>
    public string? FindManifest(BrowserRegistration planned)
    {
        if (planned.RegistryKey is { } key)
        {
            return RequireRegistry().ReadDefault(key);
        }

        return File.Exists(planned.ManifestPath) ? planned.ManifestPath : null;
    }

    private IRegistry RequireRegistry() =>
        layout.Registry ?? throw new InvalidOperationException("Registering on Windows needs the registry.");
}
