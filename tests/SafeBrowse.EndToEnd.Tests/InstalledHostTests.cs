using System.Diagnostics;
using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

[TestClass]
public sealed class InstalledHostTests
{
    private static FixtureServer server = null!;

    [ClassInitialize]
    public static void StartServer(TestContext context) => server = new FixtureServer(RepositoryPaths.Fixtures);

    [ClassCleanup]
    public static void StopServer() => server.Dispose();

    [TestMethod]
    public async Task InstallCommand_ThenChromiumForThatUser_ShowsNoticeOnGroomingChat()
    {
        var home = Directory.CreateTempSubdirectory("safebrowse-home-").FullName;
        var (exitCode, output) = await RunInstallAsync(home);
        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("Registered for Chromium", output);

        await using var browser = await ExtensionBrowser.LaunchForHomeAsync(home);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(server.UrlOf("chat.html?c=grooming-es"));

        await page.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 45_000 });
        Assert.IsTrue(Directory.EnumerateFiles(Path.Combine(browser.DataDirectory, "logs")).Any(), "the installed host logs into the user's data folder");
    }

    private static async Task<(int ExitCode, string Output)> RunInstallAsync(string home)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "safebrowse-host"), "install")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        foreach (var (name, value) in HomeEnvironment.For(home))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
