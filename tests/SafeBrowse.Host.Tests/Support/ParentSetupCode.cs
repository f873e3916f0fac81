using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SafeBrowse.Host.Tests.Support;

/// <summary>A setup code for the first PIN, got as a parent gets one: the built host's <c>pin reset</c> prints it.</summary>
internal static partial class ParentSetupCode
{
    public static async Task<string> IssueAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "safebrowse-host.dll"), "pin", "reset", "--data-dir", dataDirectory })
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
