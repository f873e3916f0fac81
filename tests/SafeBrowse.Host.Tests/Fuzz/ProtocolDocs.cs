using System.Text.RegularExpressions;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>The error codes docs/protocol.md documents, read from the document itself so code and docs cannot drift apart.</summary>
internal static partial class ProtocolDocs
{
    private static readonly Lazy<IReadOnlySet<string>> Codes = new(ReadErrorCodes);

    /// <summary>Every documented code but <c>internal</c>, which means a bug in the host and must never be seen.</summary>
    public static IReadOnlySet<string> ErrorCodes => Codes.Value;

    private static HashSet<string> ReadErrorCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var inErrorTable = false;
        foreach (var line in File.ReadLines(FindProtocolDocument()))
        {
            if (line.StartsWith('#'))
            {
                inErrorTable = line.Contains("error", StringComparison.OrdinalIgnoreCase);
            }
            else if (inErrorTable && CodeRow().Match(line) is { Success: true } row)
            {
                codes.Add(row.Groups["code"].Value);
            }
        }

        if (!codes.Remove("internal") || codes.Count < 10)
        {
            throw new InvalidDataException($"docs/protocol.md lists {codes.Count} error codes; its tables were not understood.");
        }

        return codes;
    }

    private static string FindProtocolDocument()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "protocol.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/protocol.md was not found above the test binaries.");
    }

    [GeneratedRegex(@"^\|\s*`(?<code>[a-z_]+)`\s*\|")]
    private static partial Regex CodeRow();
}
