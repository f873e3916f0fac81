using System.Text.Json;
using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Installation;

/// <summary>Checks a host manifest the way a browser reads it, and says what is wrong in words a parent can act on.</summary>
internal static class ManifestInspector
{
    private const string RepairFix = "Run  safebrowse-host repair  (or the installer again) to rewrite it.";

    /// <summary>The problems found, and the host path when the manifest names a usable one.</summary>
    public static (IReadOnlyList<DoctorProblem> Problems, string? HostPath) Inspect(string manifestPath, BrowserFamily family, HostPlatform platform)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(manifestPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return ([new($"The registration file {manifestPath} is missing or cannot be read ({error.Message}).", RepairFix)], null);
        }

        var problems = new List<DoctorProblem>();
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            problems.Add(new($"The registration file {manifestPath} starts with a byte-order mark, which browsers reject.", RepairFix));
            return (problems, null);
        }

        JsonElement manifest;
        try
        {
            manifest = JsonDocument.Parse(bytes).RootElement.Clone();
        }
        catch (JsonException invalid)
        {
            problems.Add(new($"The registration file {manifestPath} is not valid JSON (line {invalid.LineNumber + 1}).", RepairFix));
            return (problems, null);
        }

        if (manifest.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new($"The registration file {manifestPath} is not a JSON object.", RepairFix));
            return (problems, null);
        }

        if (Text(manifest, "name") != HostManifest.HostName)
        {
            problems.Add(new($"The registration file {manifestPath} names the host \"{Text(manifest, "name")}\" instead of \"{HostManifest.HostName}\".", RepairFix));
        }

        if (Text(manifest, "type") != "stdio")
        {
            problems.Add(new($"The registration file {manifestPath} does not say \"type\": \"stdio\".", RepairFix));
        }

        CheckAllowedCallers(manifest, manifestPath, family, problems);
        var hostPath = CheckHostPath(Text(manifest, "path"), manifestPath, platform, problems);
        return (problems, hostPath);
    }

    private static void CheckAllowedCallers(JsonElement manifest, string manifestPath, BrowserFamily family, List<DoctorProblem> problems)
    {
        var (property, expected) = family == BrowserFamily.Firefox
            ? ("allowed_extensions", ExtensionIds.Gecko)
            : ("allowed_origins", ExtensionIds.ChromiumOrigins);
        var listed = manifest.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList()
            : [];
        var missing = expected.Except(listed, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(
                $"The registration file {manifestPath} does not allow the SafeBrowse extension ({string.Join(", ", missing)}), so the browser would say access is forbidden.",
                RepairFix));
        }

        if (listed.Any(item => item.Contains('*', StringComparison.Ordinal)))
        {
            problems.Add(new($"The registration file {manifestPath} uses a wildcard in {property}, which browsers reject.", RepairFix));
        }
    }

    private static string? CheckHostPath(string? hostPath, string manifestPath, HostPlatform platform, List<DoctorProblem> problems)
    {
        if (string.IsNullOrEmpty(hostPath))
        {
            problems.Add(new($"The registration file {manifestPath} does not say where the SafeBrowse program is.", RepairFix));
            return null;
        }

        var absolute = platform == HostPlatform.Windows
            ? Path.IsPathFullyQualified(hostPath) ? hostPath : Path.Combine(Path.GetDirectoryName(manifestPath)!, hostPath)
            : hostPath;
        if (platform != HostPlatform.Windows && !hostPath.StartsWith('/'))
        {
            problems.Add(new($"The registration file {manifestPath} gives a relative program path ({hostPath}); this browser needs an absolute one.", RepairFix));
            return null;
        }

        if (!File.Exists(absolute))
        {
            problems.Add(new(
                $"The SafeBrowse program {absolute} named in {manifestPath} does not exist: it was moved or deleted.",
                "Run the installer again (installer/install.sh, or installer\\install.ps1 on Windows)."));
            return null;
        }

        if (platform != HostPlatform.Windows && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(absolute) & UnixFileMode.UserExecute) == 0)
        {
            problems.Add(new($"The SafeBrowse program {absolute} is not marked as executable.", $"Run  chmod 755 \"{absolute}\"  or run the installer again."));
            return null;
        }

        return absolute;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
