using System.Text.RegularExpressions;
using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Hosting;

namespace SafeBrowse.Host.Tests.CommandLine;

/// <summary>Every command line the README and docs show a family or a developer still parses, old option names included.</summary>
[TestClass]
public sealed partial class DocumentedCommandLineTests
{
    private static readonly string[] Documents = ["README.md", "docs/protocol.md", "docs/performance.md", "docs/model-card.md"];

    [TestMethod]
    public void Parse_EveryDocumentedCommandLine_HasNoErrors()
    {
        var lines = Documents.SelectMany(document => DocumentedCommandLines(File.ReadAllText(Path.Combine(RepositoryRoot(), document)))).ToList();
        Assert.IsGreaterThanOrEqualTo(20, lines.Count, "the documents must show command lines for this test to mean anything");
        CollectionAssert.Contains(lines, "digest --profile NAME --week 2026-W48 --out digest.html --lang es --data-dir DIR");
        CollectionAssert.Contains(lines, "scan --input chats.jsonl --output decisions.jsonl --profile NAME --record --start 2026-11-23T16:00:00Z");

        using var output = new StringWriter();
        var context = new CommandContext(new CommandOutput(output, output), TimeProvider.System, _ => null);
        foreach (var line in lines)
        {
            var parsed = HostCommands.Create(context).Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

            Assert.IsEmpty(parsed.Errors, $"{line}: {string.Join("; ", parsed.Errors.Select(error => error.Message))}");
        }
    }

    /// <summary>
    /// Optional parts are taken as given ("[--lang es|en]" becomes "--lang es"); a line ends at its closing backtick, a
    /// comment or a table cell, and may wrap inside backticks.
    /// </summary>
    private static IEnumerable<string> DocumentedCommandLines(string text) =>
        CommandLine().Matches(text)
            .Select(match => Alternatives().Replace(match.Groups["line"].Value.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal), "$1"))
            .Select(line => Whitespace().Replace(line, " ").Trim());

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SafeBrowse.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SafeBrowse.sln) is not above the test's folder.");
    }

    [GeneratedRegex(@"(?:safebrowse-host(?:\.dll)?|host/SafeBrowse\.Host -c Release --) (?<line>(?:install|uninstall|repair|doctor|pin reset|scan|digest)\b[^`#|]*(?:\|[a-z]{2}\][^`#|]*)?)")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"\b([a-z]{2})\|[a-z]{2}\b")]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
