using System.Xml.Linq;

namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>Finds project references that point the wrong way, and projects the drawing does not show.</summary>
internal static class ProjectReferenceChecker
{
    public static IReadOnlyList<string> Violations(IEnumerable<ProjectFile> projects, IReadOnlyDictionary<string, IReadOnlySet<string>> allowed)
    {
        var violations = new List<string>();
        foreach (var project in projects)
        {
            if (!allowed.TryGetValue(project.Name, out var mayReference))
            {
                violations.Add($"{project.Name} is not drawn in docs/architecture.md");
                continue;
            }

            violations.AddRange(References(project.Xml)
                .Where(referenced => !mayReference.Contains(referenced))
                .Select(referenced => $"{project.Name} references {referenced}"));
        }

        return violations;
    }

    private static IEnumerable<string> References(string xml) =>
        XDocument.Parse(xml).Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => (string?)element.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')));
}
