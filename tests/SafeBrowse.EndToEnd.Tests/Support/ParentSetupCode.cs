using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>
/// The setup code for the first PIN, got as a parent gets one: read from what <c>safebrowse-host install</c> or
/// <c>pin reset</c> printed. The file the host keeps holds only its hash.
/// </summary>
internal static partial class ParentSetupCode
{
    /// <summary>Runs the built host's <c>pin reset</c> for <paramref name="dataDirectory"/>, as a parent of an older install would.</summary>
    public static async Task<string> IssueAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo(DotnetExecutable.Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { RepositoryPaths.HostAssembly, "pin", "reset", "--data-dir", dataDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.AreEqual(0, process.ExitCode, await error);
        return Find(output) ?? throw new AssertFailedException("pin reset printed no setup code: " + output);
    }

    /// <summary>The code on the line install, repair and <c>pin reset</c> print, or null.</summary>
    public static string? Find(string output)
    {
        var match = CodeLine().Match(output);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("^Setup code for the parents' PIN: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})\r?$", RegexOptions.Multiline)]
    private static partial Regex CodeLine();
}
