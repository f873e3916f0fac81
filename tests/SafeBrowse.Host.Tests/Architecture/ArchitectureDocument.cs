using System.Text.RegularExpressions;

namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>The allowed directions as docs/architecture.md's tables write them, read from the document itself.</summary>
internal static partial class ArchitectureDocument
{
    private const string EverythingAbove = "everything above";

    /// <summary>Each table row's name and what it may use; "everything above" stands for every earlier row of its table.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Table(string heading, string prefix)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "architecture.md"));
        var section = text[text.IndexOf($"## {heading}", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        var rows = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (Match row in Row().Matches(next < 0 ? section : section[..next]))
        {
            var used = row.Groups["uses"].Value.Trim();
            rows[row.Groups["name"].Value] = used switch
            {
                "nothing" => new HashSet<string>(StringComparer.Ordinal),
                EverythingAbove => rows.Keys.ToHashSet(StringComparer.Ordinal),
                _ => used.Split(',', StringSplitOptions.TrimEntries).Select(name => prefix + name).ToHashSet(StringComparer.Ordinal),
            };
        }

        return rows;
    }

    [GeneratedRegex(@"^\| `(?<name>[\w.]+)`[^\n]*\| (?<uses>[^|\n]+) \|\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
