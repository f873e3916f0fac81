using SafeBrowse.Detection;
using SafeBrowse.Models;

namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>Keeps the layers docs/architecture.md draws: projects, host folders, and Detection free of file access.</summary>
[TestClass]
public sealed class LayeringTests
{
    [TestMethod]
    public void ProductProjects_References_PointOnlyDownward()
    {
        var projects = RepositoryFiles.ProductProjects().ToList();

        Assert.HasCount(LayerRules.Projects.Count, projects);
        Assert.IsEmpty(ProjectReferenceChecker.Violations(projects, LayerRules.Projects), string.Join('\n', ProjectReferenceChecker.Violations(projects, LayerRules.Projects)));
    }

    [TestMethod]
    public void ProjectReferenceChecker_PlantedViolations_AreReported()
    {
        ProjectFile[] projects =
        [
            new("SafeBrowse.Detection", """<Project><ItemGroup><ProjectReference Include="..\SafeBrowse.Storage\SafeBrowse.Storage.csproj" /></ItemGroup></Project>"""),
            new("SafeBrowse.Models", """<Project><ItemGroup><ProjectReference Include="../SafeBrowse.Detection/SafeBrowse.Detection.csproj" /></ItemGroup></Project>"""),
            new("SafeBrowse.Extras", "<Project />"),
        ];

        var violations = ProjectReferenceChecker.Violations(projects, LayerRules.Projects);

        CollectionAssert.AreEquivalent(
            new[] { "SafeBrowse.Detection references SafeBrowse.Storage", "SafeBrowse.Extras is not drawn in docs/architecture.md" },
            violations.ToList());
    }

    [TestMethod]
    public void HostFolders_Sources_UseOnlyTheFoldersBelowThem()
    {
        var sources = RepositoryFiles.HostSources().ToList();

        var violations = FolderDependencyChecker.Violations(sources, LayerRules.HostFolders);

        Assert.Contains(source => source.RelativePath == "Handlers/ScoreHandler.cs", sources);
        Assert.IsEmpty(violations, string.Join('\n', violations));
    }

    [TestMethod]
    public void FolderDependencyChecker_PlantedViolations_AreReported()
    {
        SourceFile[] sources =
        [
            new("Family/Recorder.cs", "using SafeBrowse.Host.Handlers;\n\nnamespace SafeBrowse.Host.Family;\n"),
            new("Installation/Reset.cs", "namespace SafeBrowse.Host.Installation;\n\nsealed class Reset { string P => Hosting.NativeHost.Name; }\n"),
            new("Json/Reply.cs", "namespace SafeBrowse.Host.Json;\n\nsealed record Reply(SafeBrowse.Host.Messaging.ErrorCodes Code);\n"),
            new("Messaging/Alias.cs", "using Store = SafeBrowse.Host.Family.FamilyStorage;\n\nnamespace SafeBrowse.Host.Messaging;\n"),
            new("Scoring/Elsewhere.cs", "namespace SafeBrowse.Host.Handlers;\n"),
            new("Shared.cs", "namespace SafeBrowse.Host;\n"),
            new("Handlers/Fine.cs", "using System.Text.Json;\nusing SafeBrowse.Host.Family;\n\nnamespace SafeBrowse.Host.Handlers.Parent;\n\nsealed class Fine { object J => Json.ProtocolJsonContext.Default; }\n"),
            new("Program.cs", "using SafeBrowse.Host.Hosting;\n"),
        ];

        var violations = FolderDependencyChecker.Violations(sources, LayerRules.HostFolders);

        CollectionAssert.AreEquivalent(
            new[]
            {
                "Family/Recorder.cs: Family uses Handlers",
                "Installation/Reset.cs: Installation uses Hosting",
                "Json/Reply.cs: Json uses Messaging",
                "Messaging/Alias.cs: Messaging uses Family",
                "Scoring/Elsewhere.cs: its namespace must be SafeBrowse.Host.Scoring",
                "Shared.cs: only Program.cs may live at the project root, whose namespace every folder sees",
            },
            violations.ToList());
    }

    [TestMethod]
    [DataRow("projects")]
    [DataRow("host folders")]
    public void LayerRules_AllowedDirections_FormNoCycle(string drawing)
    {
        var allowed = drawing == "projects" ? LayerRules.Projects : LayerRules.HostFolders;

        var unordered = Unordered(allowed);

        Assert.IsEmpty(unordered, $"these {drawing} lean on each other in a circle: {string.Join(", ", unordered)}");
    }

    [TestMethod]
    [DataRow("Projects")]
    [DataRow("Folders of SafeBrowse.Host")]
    public void ArchitectureDocument_Tables_MatchTheRulesTheTestsKeep(string heading)
    {
        var (rules, prefix) = heading == "Projects" ? (LayerRules.Projects, "SafeBrowse.") : (LayerRules.HostFolders, "");

        var documented = ArchitectureDocument.Table(heading, prefix);

        CollectionAssert.AreEquivalent(rules.Keys.ToList(), documented.Keys.ToList());
        foreach (var (name, allowed) in rules)
        {
            CollectionAssert.AreEquivalent(allowed.ToList(), documented[name].ToList(), name);
        }
    }

    [TestMethod]
    public void Detection_Assembly_ReachesNoFiles()
    {
        var violations = FileAccessChecker.Violations(typeof(RiskEngine).Assembly.Location);

        Assert.IsEmpty(violations, string.Join('\n', violations));
    }

    [TestMethod]
    public void FileAccessChecker_ModelLoader_IsReported()
    {
        var violations = FileAccessChecker.Violations(typeof(MessageScorerLoader).Assembly.Location);

        Assert.Contains("uses System.IO.File", violations);
        Assert.Contains("uses System.IO.Path", violations);
    }

    /// <summary>What is left after taking away, again and again, whatever uses nothing not yet taken: empty for a DAG.</summary>
    private static List<string> Unordered(IReadOnlyDictionary<string, IReadOnlySet<string>> allowed)
    {
        var left = allowed.Keys.ToHashSet(StringComparer.Ordinal);
        while (left.FirstOrDefault(name => !allowed[name].Any(left.Contains)) is { } free)
        {
            left.Remove(free);
        }

        return [.. left.Order(StringComparer.Ordinal)];
    }
}
