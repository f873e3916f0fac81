using System.Text.RegularExpressions;

namespace SafeBrowse.Detection.Tests;

/// <summary>Reads docs/protocol.md, the contract the extension is written against.</summary>
internal static partial class ProtocolDocument
{
    public static IReadOnlyList<string> CategoryIds()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "protocol.md"));
        var start = text.IndexOf("### Categories", StringComparison.Ordinal);
        var end = text.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        return [.. CategoryRow().Matches(section).Select(match => match.Groups["id"].Value)];
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SafeBrowse.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SafeBrowse.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"^\| `(?<id>[a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex CategoryRow();
}
