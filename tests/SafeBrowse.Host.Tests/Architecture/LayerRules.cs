namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>The allowed directions docs/architecture.md draws: what each project and each host folder may use.</summary>
internal static class LayerRules
{
    /// <summary>Product projects (host/ and bench/) and the projects each may reference.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Projects { get; } = new Dictionary<string, IReadOnlySet<string>>
    {
        ["SafeBrowse.Detection"] = Set(),
        ["SafeBrowse.Protocol"] = Set(),
        ["SafeBrowse.Storage"] = Set("SafeBrowse.Protocol"),
        ["SafeBrowse.Digest"] = Set("SafeBrowse.Protocol"),
        ["SafeBrowse.Models"] = Set("SafeBrowse.Detection"),
        ["SafeBrowse.Training"] = Set("SafeBrowse.Detection", "SafeBrowse.Models"),
        ["SafeBrowse.Benchmarks"] = Set("SafeBrowse.Detection", "SafeBrowse.Models"),
        ["SafeBrowse.LeastHost"] = Set(),
        ["SafeBrowse.Host"] = Set("SafeBrowse.Detection", "SafeBrowse.Models", "SafeBrowse.Protocol", "SafeBrowse.Storage", "SafeBrowse.Digest"),
    };

    /// <summary>Folders of SafeBrowse.Host, bottom to top, and the folders each may use.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> HostFolders { get; } = new Dictionary<string, IReadOnlySet<string>>
    {
        ["Platform"] = Set(),
        ["Json"] = Set("Platform"),
        ["Messaging"] = Set("Platform", "Json"),
        ["Scoring"] = Set("Platform"),
        ["CommandLine"] = Set("Platform"),
        ["Family"] = Set("Platform", "Json", "Messaging"),
        ["Digests"] = Set("Platform", "Json", "Messaging", "CommandLine", "Family"),
        ["Handlers"] = Set("Platform", "Json", "Messaging", "Scoring", "Family", "Digests"),
        ["Scanning"] = Set("Platform", "Json", "Messaging", "Scoring", "CommandLine", "Family"),
        ["Installation"] = Set("Platform", "Json", "CommandLine", "Family"),
        ["Hosting"] = Set("Platform", "Json", "Messaging", "Scoring", "CommandLine", "Family", "Digests", "Handlers", "Scanning", "Installation"),
    };

    /// <summary>The one file allowed in the host project's root namespace, which every folder sees without a using.</summary>
    public const string EntryPoint = "Program.cs";

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
