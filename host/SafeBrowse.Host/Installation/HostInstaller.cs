using SafeBrowse.Host.Family;
using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// Copies the published host into its app folder, registers it with every browser found and records what it wrote.
/// <c>repair</c> is the same registration again, pointing every manifest at the installed host.
/// </summary>
internal sealed class HostInstaller(InstallLayout layout, TextWriter output, TimeProvider clock)
{
    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const UnixFileMode UserOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly BrowserRegistrar registrar = new(layout);
    private readonly ExtensionPolicyWriter policyWriter = new(layout);

    /// <param name="scope">Who the install serves.</param>
    /// <param name="sourceDirectory">The folder of the published host running this command.</param>
    /// <param name="inPlace">Register the host where it is instead of copying it (developers and tests).</param>
    public int Install(InstallScope scope, string sourceDirectory, bool inPlace)
    {
        if (!Permitted(scope))
        {
            return 1;
        }

        var sourceHost = Path.Combine(sourceDirectory, layout.HostExecutableName);
        if (!File.Exists(sourceHost))
        {
            output.WriteLine($"The host program is missing at {sourceHost}; publish it first (installer/install.sh does).");
            return 1;
        }

        var appDirectory = layout.AppDirectory(scope);
        var previous = InstallReceipts.Read(appDirectory);
        var directories = new DirectoryTracker(previous?.CreatedDirectories ?? []);
        directories.Ensure(appDirectory, scope == InstallScope.User ? UserOnlyFolder : Executable);

        string hostPath;
        IReadOnlyList<string> hostFiles;
        if (inPlace || SameFolder(sourceDirectory, appDirectory))
        {
            hostPath = Path.GetFullPath(sourceHost);
            hostFiles = SameFolder(sourceDirectory, appDirectory) ? previous?.HostFiles ?? [] : [];
        }
        else
        {
            hostFiles = CopyHost(sourceDirectory, appDirectory, directories, previous);
            hostPath = Path.Combine(appDirectory, layout.HostExecutableName);
            output.WriteLine($"Installed the SafeBrowse host in {appDirectory}.");
        }

        return Register(scope, appDirectory, hostPath, hostFiles, directories, previous);
    }

    /// <summary>Rewrites every manifest for the installed host, or for this program when none is installed.</summary>
    public int Repair(InstallScope scope, string sourceDirectory)
    {
        if (!Permitted(scope))
        {
            return 1;
        }

        var appDirectory = layout.AppDirectory(scope);
        var previous = InstallReceipts.Read(appDirectory);
        var hostPath = previous is not null && File.Exists(previous.HostPath)
            ? previous.HostPath
            : Path.GetFullPath(Path.Combine(sourceDirectory, layout.HostExecutableName));
        if (!File.Exists(hostPath))
        {
            output.WriteLine($"No SafeBrowse host to point the browsers at ({hostPath} is missing). Run the installer again.");
            return 1;
        }

        var directories = new DirectoryTracker(previous?.CreatedDirectories ?? []);
        directories.Ensure(appDirectory, scope == InstallScope.User ? UserOnlyFolder : Executable);
        output.WriteLine($"Repairing every registration to start {hostPath}.");
        return Register(scope, appDirectory, hostPath, previous?.HostFiles ?? [], directories, previous);
    }

    private int Register(InstallScope scope, string appDirectory, string hostPath, IReadOnlyList<string> hostFiles, DirectoryTracker directories, InstallReceipt? previous)
    {
        var browsers = BrowserDetector.Installed(layout).ToList();
        foreach (var earlier in previous?.Registrations ?? [])
        {
            if (BrowserCatalog.Named(earlier.Browser) is { } known && !browsers.Contains(known))
            {
                browsers.Add(known);
            }
        }

        if (browsers.Count == 0)
        {
            output.WriteLine("No browser found yet; registering for Chromium and Google Chrome so they find SafeBrowse once installed.");
            browsers = [.. BrowserCatalog.Fallback];
        }

        var registrations = browsers.SelectMany(browser => registrar.Plan(browser, scope, appDirectory)).ToList();
        foreach (var registration in registrations)
        {
            registrar.Write(registration, hostPath, directories);
            var registry = registration.RegistryKey is { } key ? $" (registry {key})" : string.Empty;
            output.WriteLine($"Registered for {registration.Browser}: {registration.ManifestPath}{registry}");
        }

        foreach (var stale in previous?.Registrations.Where(earlier => !registrations.Contains(earlier)) ?? [])
        {
            if (!registrations.Any(current => current.ManifestPath == stale.ManifestPath) && registrar.Remove(stale))
            {
                output.WriteLine($"Removed an old registration for {stale.Browser}: {stale.ManifestPath}");
            }
        }

        var policies = scope == InstallScope.System ? WritePolicies(browsers, directories, previous?.Policies ?? []) : [];
        var setupCodePath = SetupCodePath(scope, hostPath, directories);
        var setupCode = SetupCodeFiles.Issue(setupCodePath, clearsPin: false, everyAccount: scope == InstallScope.System, new PinHasher(clock));
        InstallReceipts.Write(appDirectory, new InstallReceipt(
            HostVersion.Current,
            scope,
            hostPath,
            hostFiles,
            registrations,
            directories.Created,
            clock.GetUtcNow(),
            setupCodePath,
            policies));
        SetupCodeWords.Write(output, setupCode, hostPath, scope);
        return 0;
    }

    // Beside the program for every account, where only an administrator writes; else in the family's own folder.
    private string SetupCodePath(InstallScope scope, string hostPath, DirectoryTracker directories)
    {
        if (scope == InstallScope.System)
        {
            return Path.Combine(Path.GetDirectoryName(hostPath)!, SetupCodeFiles.FileName);
        }

        directories.Ensure(layout.DataDirectory, UserOnlyFolder);
        return Path.Combine(layout.DataDirectory, SetupCodeFiles.FileName);
    }

    // For every account the browsers install the extension themselves and keep it on: a child cannot remove it.
    private List<ExtensionPolicy> WritePolicies(List<BrowserDefinition> browsers, DirectoryTracker directories, IReadOnlyList<ExtensionPolicy> previous)
    {
        var written = new List<ExtensionPolicy>();
        foreach (var browser in browsers)
        {
            foreach (var planned in policyWriter.Plan(browser))
            {
                if (policyWriter.Write(browser, planned, directories, previous) is { } policy)
                {
                    written.Add(policy);
                    output.WriteLine($"{browser.Name} installs the SafeBrowse extension by policy: {policy.Location}");
                }
                else
                {
                    output.WriteLine($"Could not read {planned.Location}, so it was left as it was and {browser.Name} does not install the extension by policy. Fix or remove that file, then run  safebrowse-host repair --system.");
                }
            }
        }

        foreach (var stale in previous.Where(earlier => !written.Any(current => current.Location == earlier.Location && current.Entry == earlier.Entry)))
        {
            if (policyWriter.Remove(stale))
            {
                output.WriteLine($"Removed an old install policy for {stale.Browser}: {stale.Location}");
            }
        }

        return written;
    }

    private List<string> CopyHost(string sourceDirectory, string appDirectory, DirectoryTracker directories, InstallReceipt? previous)
    {
        var copied = new List<string>();
        foreach (var source in Directory.EnumerateFiles(sourceDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceDirectory, source);
            if (relative == InstallLayout.ReceiptFileName)
            {
                continue;
            }

            var target = Path.Combine(appDirectory, relative);
            directories.Ensure(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            copied.Add(target);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(appDirectory, layout.HostExecutableName), Executable);
        }

        foreach (var leftover in (previous?.HostFiles ?? []).Except(copied, StringComparer.Ordinal).Where(File.Exists))
        {
            File.Delete(leftover);
        }

        return copied;
    }

    private bool Permitted(InstallScope scope)
    {
        if (scope == InstallScope.User || layout.IsAdministrator)
        {
            return true;
        }

        output.WriteLine(layout.Platform == HostPlatform.Windows
            ? "Installing for every account needs an administrator: open PowerShell with \"Run as administrator\" and run installer\\install.ps1 -System."
            : "Installing for every account needs administrator rights: run  sudo installer/install.sh --system");
        return false;
    }

    private static bool SameFolder(string first, string second) =>
        string.Equals(Path.GetFullPath(first).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(second).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
