using System.Runtime.InteropServices;

namespace SafeBrowse.Host.Installation;

/// <summary>The only place that reads the real operating system and environment to build an <see cref="InstallLayout"/>.</summary>
internal static class ThisComputer
{
    public static InstallLayout Layout(Func<string, string?> environment)
    {
        var platform = OperatingSystem.IsWindows() ? HostPlatform.Windows
            : OperatingSystem.IsMacOS() ? HostPlatform.MacOs
            : OperatingSystem.IsLinux() ? HostPlatform.Linux
            : throw new PlatformNotSupportedException($"SafeBrowse installs on Linux, macOS and Windows, not on {RuntimeInformation.OSDescription}.");
        var home = NonEmpty(environment("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var programFiles = new[] { NonEmpty(environment("ProgramFiles")), NonEmpty(environment("ProgramFiles(x86)")) }
            .OfType<string>()
            .DefaultIfEmpty(@"C:\Program Files")
            .ToList();
        return new InstallLayout(
            platform,
            home,
            NonEmpty(environment("XDG_CONFIG_HOME")) ?? Path.Combine(home, ".config"),
            NonEmpty(environment("XDG_DATA_HOME")) ?? Path.Combine(home, ".local", "share"),
            NonEmpty(environment("LOCALAPPDATA")) ?? Path.Combine(home, "AppData", "Local"),
            NonEmpty(environment("APPDATA")) ?? Path.Combine(home, "AppData", "Roaming"),
            programFiles,
            "/",
            (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries),
            OperatingSystem.IsWindows() ? new WindowsRegistry() : null,
            Environment.IsPrivilegedProcess,
            Environment.UserName);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
