namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>The absolute path of the dotnet that runs these tests: the browser starts the host with no shell to search PATH for it.</summary>
internal static class DotnetExecutable
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "dotnet"))
            .Append("/usr/share/dotnet/dotnet")
            .Append("/usr/lib/dotnet/dotnet");
        return candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException("dotnet was not found on PATH.");
    }
}
