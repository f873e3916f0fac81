namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>The repository's own files, found above the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<ProjectFile> ProductProjects() =>
        new[] { "host", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories))
            .Select(path => new ProjectFile(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));

    public static IEnumerable<SourceFile> HostSources()
    {
        var project = Path.Combine(Root, "host", "SafeBrowse.Host");
        return Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(project, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
            .Select(relative => new SourceFile(relative, File.ReadAllText(Path.Combine(project, relative))));
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SafeBrowse.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("SafeBrowse.sln was not found above the test binaries.");
    }
}
