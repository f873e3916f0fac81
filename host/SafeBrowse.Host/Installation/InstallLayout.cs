namespace SafeBrowse.Host.Installation;

/// <summary>
/// The facts about one computer and account that an install depends on. Built once from the real computer
/// (<see cref="ThisComputer"/>) or by a test around a temporary folder: nothing below it asks the operating system.
/// </summary>
/// <param name="Platform">The operating system whose conventions apply.</param>
/// <param name="Home">The account's home folder.</param>
/// <param name="ConfigHome">XDG_CONFIG_HOME or ~/.config (Linux).</param>
/// <param name="DataHome">XDG_DATA_HOME or ~/.local/share (Linux).</param>
/// <param name="LocalAppData">%LOCALAPPDATA% (Windows).</param>
/// <param name="RoamingAppData">%APPDATA% (Windows).</param>
/// <param name="ProgramFiles">%ProgramFiles% and %ProgramFiles(x86)% (Windows); the first is where a system install goes.</param>
/// <param name="SystemRoot">Prefix for system paths such as /etc and /Library: "/" for real, a temporary folder in tests.</param>
/// <param name="SearchPath">The folders of PATH, where programs named without a folder are looked for.</param>
/// <param name="Registry">The Windows registry; null elsewhere.</param>
/// <param name="IsAdministrator">Whether this process may write where every account reads.</param>
/// <param name="UserName">The account name, which macOS uses for per-user managed preferences.</param>
internal sealed record InstallLayout(
    HostPlatform Platform,
    string Home,
    string ConfigHome,
    string DataHome,
    string LocalAppData,
    string RoamingAppData,
    IReadOnlyList<string> ProgramFiles,
    string SystemRoot,
    IReadOnlyList<string> SearchPath,
    IRegistry? Registry,
    bool IsAdministrator,
    string UserName)
{
    public const string ReceiptFileName = "install-receipt.json";

    public string HostExecutableName => Platform == HostPlatform.Windows ? "safebrowse-host.exe" : "safebrowse-host";

    public string ApplicationSupport => Path.Combine(Home, "Library", "Application Support");

    /// <summary>The family's data (events, digests, logs); the same folder the host itself uses.</summary>
    public string DataDirectory => Platform switch
    {
        HostPlatform.Linux => Path.Combine(DataHome, "safebrowse"),
        HostPlatform.MacOs => Path.Combine(ApplicationSupport, "SafeBrowse"),
        _ => Path.Combine(LocalAppData, "SafeBrowse"),
    };

    /// <summary>Where the published host lives: under the account for one user, where only administrators write for all.</summary>
    public string AppDirectory(InstallScope scope) => (Platform, scope) switch
    {
        (HostPlatform.Linux, InstallScope.User) => Path.Combine(DataDirectory, "app"),
        (HostPlatform.Linux, InstallScope.System) => System("/opt/safebrowse"),
        (HostPlatform.MacOs, InstallScope.User) => Path.Combine(DataDirectory, "app"),
        (HostPlatform.MacOs, InstallScope.System) => System("/Library/Application Support/SafeBrowse/app"),
        (_, InstallScope.User) => Path.Combine(LocalAppData, "SafeBrowse", "app"),
        _ => Path.Combine(ProgramFiles[0], "SafeBrowse"),
    };

    /// <summary>A system path such as /etc/opt/chrome, under <see cref="SystemRoot"/>.</summary>
    public string System(string absolutePath) =>
        SystemRoot == "/" ? absolutePath : Path.Combine(SystemRoot, absolutePath.TrimStart('/'));

    /// <summary>Every path a template in <see cref="BrowserCatalog"/> stands for (several for <c>{programfiles}</c>).</summary>
    public IEnumerable<string> Expand(string template)
    {
        if (template.StartsWith('/'))
        {
            return [System(template)];
        }

        if (template.StartsWith("{programfiles}", StringComparison.Ordinal))
        {
            return ProgramFiles.Select(folder => Normalize(folder + template["{programfiles}".Length..]));
        }

        return [Normalize(template
            .Replace("{home}", Home, StringComparison.Ordinal)
            .Replace("{config}", ConfigHome, StringComparison.Ordinal)
            .Replace("{data}", DataHome, StringComparison.Ordinal)
            .Replace("{support}", ApplicationSupport, StringComparison.Ordinal)
            .Replace("{localappdata}", LocalAppData, StringComparison.Ordinal)
            .Replace("{appdata}", RoamingAppData, StringComparison.Ordinal))];
    }

    /// <summary>The one path a template without <c>{programfiles}</c> stands for.</summary>
    public string ExpandOne(string template) => Expand(template).First();

    /// <summary>Where a program from the catalog is, if it is here: a bare name is looked up on PATH, ignoring Snap's shims.</summary>
    public string? FindProgram(string template)
    {
        if (template.Contains('/', StringComparison.Ordinal) || template.Contains('{', StringComparison.Ordinal))
        {
            return Expand(template).FirstOrDefault(path => File.Exists(path) || Directory.Exists(path));
        }

        return SearchPath
            .Where(folder => !folder.StartsWith("/snap/", StringComparison.Ordinal))
            .Select(folder => Path.Combine(folder, template))
            .FirstOrDefault(File.Exists);
    }

    private static string Normalize(string path) => Path.GetFullPath(path.Replace('/', Path.DirectorySeparatorChar));
}
