using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

/// <summary>
/// A temporary computer: a home folder, a system root standing in for /, a PATH folder and a published host to
/// install from. Builds the <see cref="InstallLayout"/> of any operating system around it.
/// </summary>
internal sealed class InstallSandbox : IDisposable
{
    public InstallSandbox()
    {
        Root = Directory.CreateTempSubdirectory("safebrowse-install-").FullName;
        Home = Path.Combine(Root, "home", "kid");
        SystemRoot = Path.Combine(Root, "system");
        ProgramsOnPath = Path.Combine(Root, "bin");
        Published = Path.Combine(Root, "published");
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(SystemRoot);
        Directory.CreateDirectory(ProgramsOnPath);
        Directory.CreateDirectory(Path.Combine(Published, "Model"));
        File.WriteAllText(Path.Combine(Published, "Model", "safebrowse-model.zip"), "model");
    }

    public string Root { get; }

    public string Home { get; }

    public string SystemRoot { get; }

    public string ProgramsOnPath { get; }

    public string Published { get; }

    public FakeRegistry Registry { get; } = new();

    public InstallLayout Linux(bool administrator = false, string? configHome = null) => new(
        HostPlatform.Linux,
        Home,
        configHome ?? Path.Combine(Home, ".config"),
        Path.Combine(Home, ".local", "share"),
        string.Empty,
        string.Empty,
        [],
        SystemRoot,
        [ProgramsOnPath],
        null,
        administrator,
        "kid");

    public InstallLayout MacOs(bool administrator = false) => Linux(administrator) with { Platform = HostPlatform.MacOs };

    public InstallLayout Windows(bool administrator = false) => new(
        HostPlatform.Windows,
        Home,
        string.Empty,
        string.Empty,
        Path.Combine(Home, "AppData", "Local"),
        Path.Combine(Home, "AppData", "Roaming"),
        [Path.Combine(SystemRoot, "Program Files"), Path.Combine(SystemRoot, "Program Files (x86)")],
        SystemRoot,
        [],
        Registry,
        administrator,
        "kid");

    /// <summary>Puts a published host (and its model) where the install command runs from.</summary>
    public void PublishHost(string executableName)
    {
        var host = Path.Combine(Published, executableName);
        File.WriteAllText(host, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(host, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void AddFolder(string relativeToRoot) => Directory.CreateDirectory(Path.Combine(Root, relativeToRoot));

    public void AddFile(string relativeToRoot, string content = "")
    {
        var path = Path.Combine(Root, relativeToRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void AddProgramOnPath(string name) => File.WriteAllText(Path.Combine(ProgramsOnPath, name), string.Empty);

    public string At(string relativeToRoot) => Path.Combine(Root, relativeToRoot);

    /// <summary>Every file and folder under the root except the published host, to compare before and after.</summary>
    public IReadOnlyList<string> Snapshot() =>
    [
        .. Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(Published, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal),
    ];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
