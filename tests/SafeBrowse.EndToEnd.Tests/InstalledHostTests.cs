using System.Diagnostics;
using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

[TestClass]
public sealed class InstalledHostTests
{
    [TestMethod]
    public async Task InstallCommand_ThenChromiumForThatUser_ShowsNoticeOnGroomingChat()
    {
        var home = Directory.CreateTempSubdirectory("safebrowse-home-").FullName;

        // The test build is framework-dependent and sits among the test's own files, so it is registered where it is.
        var (exitCode, output) = await RunHostAsync(home, "install", "--in-place");
        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("Registered for Chromium", output);

        await using var browser = await ExtensionBrowser.LaunchForHomeAsync(home);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=grooming-es"));

        await page.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 45_000 });
        Assert.IsTrue(Directory.EnumerateFiles(Path.Combine(browser.DataDirectory, "logs")).Any(), "the installed host logs into the user's data folder");

        // This framework-dependent debug build compiles everything at start; the published ReadyToRun host meets the 1 s default.
        var (doctorExit, doctorOutput) = await RunHostAsync(home, "doctor", "--timeout", "15");
        Assert.AreEqual(0, doctorExit, doctorOutput);
        Assert.Contains("Chromium: ready", doctorOutput);

        var (uninstallExit, uninstallOutput) = await RunHostAsync(home, "uninstall");
        Assert.AreEqual(0, uninstallExit, uninstallOutput);
        Assert.IsEmpty(Directory.EnumerateFiles(home, "org.safebrowse.host*", SearchOption.AllDirectories).ToList());
        Assert.IsFalse(Directory.Exists(Path.Combine(browser.DataDirectory, "app")), "the receipt and its folder are gone");
        Assert.IsTrue(Directory.EnumerateFiles(Path.Combine(browser.DataDirectory, "logs")).Any(), "the family's data stays without --purge");
    }

    [TestMethod]
    public async Task OptionsPage_FirstPin_RefusedWithoutTheInstallersSetupCodeAndSetWithIt()
    {
        var home = Directory.CreateTempSubdirectory("safebrowse-home-").FullName;
        var (exitCode, output) = await RunHostAsync(home, "install", "--in-place");
        Assert.AreEqual(0, exitCode, output);
        var setupCode = ParentSetupCode.Find(output);
        Assert.IsNotNull(setupCode, output);

        await using var browser = await ExtensionBrowser.LaunchForHomeAsync(home);
        var options = await browser.Context.NewPageAsync();
        await options.GotoAsync(ExtensionBrowser.OptionsUrl);
        await options.Locator("#view-setup").WaitForAsync(new() { Timeout = 45_000 });
        await SubmitFirstPinAsync(options, "2222-3333-4444");
        await options.Locator("#setup-error:not(:empty)").WaitForAsync(new() { Timeout = 30_000 });
        var refusal = await options.Locator("#setup-error").InnerTextAsync();
        var dashboardWithoutTheCode = await options.Locator("#view-dashboard").IsVisibleAsync();

        await SubmitFirstPinAsync(options, setupCode.ToLowerInvariant());
        await options.Locator("#view-dashboard").WaitForAsync(new() { Timeout = 30_000 });
        await options.Locator("#pin-set-at:not(:empty)").WaitForAsync(new() { Timeout = 30_000 });

        Assert.AreEqual("That setup code is not right. Check it against what the installer printed.", refusal);
        Assert.IsFalse(dashboardWithoutTheCode);
        StringAssert.StartsWith(await options.Locator("#pin-set-at").InnerTextAsync(), "The parents' PIN was set on ");
    }

    private static async Task SubmitFirstPinAsync(IPage options, string setupCode)
    {
        await options.FillAsync("#setup-code", setupCode);
        await options.FillAsync("#setup-pin", "246810");
        await options.FillAsync("#setup-pin-again", "246810");
        await options.Locator("#setup-form button[type='submit']").ClickAsync();
    }

    private static async Task<(int ExitCode, string Output)> RunHostAsync(string home, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "safebrowse-host"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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
