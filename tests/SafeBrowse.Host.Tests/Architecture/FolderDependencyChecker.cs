using System.Text.RegularExpressions;

namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>
/// Finds where a host folder uses a folder it must not. A type of another folder is visible only through a
/// <c>using</c> of its namespace or a qualified name (<c>SafeBrowse.Host.Family.PinGate</c>, or <c>Family.PinGate</c>
/// from inside <c>SafeBrowse.Host</c>), so those are what is read; the namespace must match the folder, and nothing
/// but the entry point may live in the root namespace, which every folder sees unasked.
/// </summary>
internal static partial class FolderDependencyChecker
{
    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files, IReadOnlyDictionary<string, IReadOnlySet<string>> allowed)
    {
        var folderNames = string.Join('|', allowed.Keys.Select(Regex.Escape));
        var reference = new Regex($@"(?<![\w.])(?:SafeBrowse\.Host\.|global::SafeBrowse\.Host\.)?(?<folder>{folderNames})\.[A-Z]", RegexOptions.CultureInvariant);
        var violations = new List<string>();
        foreach (var file in files)
        {
            if (file.Folder.Length == 0)
            {
                if (file.RelativePath != LayerRules.EntryPoint)
                {
                    violations.Add($"{file.RelativePath}: only {LayerRules.EntryPoint} may live at the project root, whose namespace every folder sees");
                }

                continue;
            }

            if (!allowed.TryGetValue(file.Folder, out var mayUse))
            {
                violations.Add($"{file.RelativePath}: folder {file.Folder} is not drawn in docs/architecture.md");
                continue;
            }

            if (FileNamespace().Match(file.Text) is not { Success: true } declared
                || !(declared.Groups["name"].Value == $"SafeBrowse.Host.{file.Folder}" || declared.Groups["name"].Value.StartsWith($"SafeBrowse.Host.{file.Folder}.", StringComparison.Ordinal)))
            {
                violations.Add($"{file.RelativePath}: its namespace must be SafeBrowse.Host.{file.Folder}");
            }

            foreach (var used in UsedFolders(file.Text, reference).Where(used => used != file.Folder && !mayUse.Contains(used)))
            {
                violations.Add($"{file.RelativePath}: {file.Folder} uses {used}");
            }
        }

        return violations;
    }

    private static IEnumerable<string> UsedFolders(string text, Regex reference) =>
        text.Split('\n')
            .Where(line => !FileNamespace().IsMatch(line))
            .SelectMany(line => UsingDirective().Match(line) is { Success: true } directive
                ? [directive.Groups["folder"].Value]
                : reference.Matches(line).Select(match => match.Groups["folder"].Value))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?SafeBrowse\.Host\.(?<folder>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FileNamespace();
}
