using System.Text.Json;
using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>axe-core from the repository's npm devDependencies, run in the page's main world.</summary>
internal static class AxeAudit
{
    private static readonly Lazy<string> Source = new(ReadSource);

    /// <summary>Every serious or critical violation as "rule: target, target", so a failing test says what to fix.</summary>
    /// <param name="page">The page to audit.</param>
    /// <param name="context">A script expression for what to audit: the whole document, or one element and its shadow tree.</param>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string context = "document")
    {
        // Evaluated through the DevTools protocol, which extension pages' script-src does not restrict (a script tag would be).
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await window.axe.run(CONTEXT, { resultTypes: ["violations"] });
              return results.violations
                .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
                .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" > ")).join(", ")}`);
            }
            """.Replace("CONTEXT", context, StringComparison.Ordinal));
        return [.. violations.EnumerateArray().Select(violation => violation.GetString() ?? string.Empty)];
    }

    private static string ReadSource()
    {
        var path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is an npm devDependency: run `npm ci` at the repository root first.", path);
    }
}
