using System.Collections;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>This process's environment with a fresh home, as a family member's login would have it.</summary>
internal static class HomeEnvironment
{
    public static Dictionary<string, string> For(string home)
    {
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty);
        environment["HOME"] = home;
        environment.Remove("XDG_CONFIG_HOME");
        environment.Remove("XDG_DATA_HOME");
        environment.Remove("SAFEBROWSE_DATA_DIR");

        // The test build of the host is framework-dependent; an installed one is self-contained and needs no hint.
        var dotnet = new FileInfo(DotnetExecutable.Path);
        var dotnetRoot = (dotnet.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? dotnet).DirectoryName;
        if (dotnetRoot is not null)
        {
            environment["DOTNET_ROOT"] = dotnetRoot;
        }

        return environment;
    }
}
