namespace SafeBrowse.EndToEnd.Tests.Support;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Extension => Path.Combine(Root, "extension");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string HostAssembly => Path.Combine(AppContext.BaseDirectory, "safebrowse-host.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SafeBrowse.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SafeBrowse.sln above {AppContext.BaseDirectory}.");
    }
}
