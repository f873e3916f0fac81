using System.Diagnostics;
using Microsoft.Playwright;
using SafeBrowse.Digest;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// A family sets Chrome's site access for SafeBrowse to "on click": the browser withholds every site, no chat is read,
/// and that must show on the toolbar button, in the popup and in the parent's digest. Chromium refuses
/// <c>permissions.remove</c> on the manifest's own match patterns ("You cannot remove required permissions"), so the
/// test flips the setting as the extensions page does, through <c>chrome.developerPrivate</c> on chrome://extensions.
/// </summary>
[TestClass]
public sealed class SiteAccessTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;
    private static readonly string ExtensionId = ExtensionBrowser.Origin["chrome-extension://".Length..];

    [TestMethod]
    [DataRow(
        "en",
        "Family",
        "SafeBrowse can't read chats on the sites you visit.",
        "A parent can fix it",
        "SafeBrowse can't read chats",
        "SafeBrowse could not read chats because the browser did not let it read the sites.")]
    [DataRow(
        "es",
        "Familia",
        "SafeBrowse no puede leer los chats de los sitios que visitas.",
        "Tu mamá, tu papá o un adulto a cargo lo puede arreglar",
        "SafeBrowse no puede leer los chats",
        "SafeBrowse no podía leer los chats porque el navegador no le dejaba leer los sitios.")]
    public async Task SiteAccessOnClick_BadgePopupAndDigestSaySafeBrowseCannotReadChats(
        string language,
        string profile,
        string headline,
        string fixStart,
        string titleStart,
        string digestReason)
    {
        await using var browser = await ExtensionBrowser.LaunchAsync(language: language);
        var popup = await browser.Context.NewPageAsync();
        await popup.GotoAsync(ExtensionBrowser.PopupUrl);
        await popup.Locator("#status[data-state='connected']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        await SetSiteAccessAsync(browser, "ON_CLICK");
        await popup.ReloadAsync();
        await popup.Locator("#status[data-protection='no_site_access']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.AreEqual(headline, await popup.Locator("#headline").InnerTextAsync());
        StringAssert.StartsWith(await popup.Locator("#impaired-fix").InnerTextAsync(), fixStart);
        // The toolbar button's own state, as the browser holds it; Playwright for .NET does not expose the service worker.
        Assert.AreEqual("!", await popup.EvaluateAsync<string>("chrome.action.getBadgeText({})"));
        StringAssert.StartsWith(await popup.EvaluateAsync<string>("chrome.action.getTitle({})"), titleStart);

        await SetSiteAccessAsync(browser, "ON_ALL_SITES");
        await popup.ReloadAsync();
        await popup.Locator("#status:not([data-protection='no_site_access'])[data-state='connected']")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var digest = await DigestNamingAsync(browser, profile, language, digestReason, TimeSpan.FromSeconds(30));
        StringAssert.Contains(digest, digestReason);
    }

    // What the extensions page does when a parent picks "On click" or "On all sites" under Site access.
    private static async Task SetSiteAccessAsync(ExtensionBrowser browser, string hostAccess)
    {
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync("chrome://extensions");
        await page.EvaluateAsync(
            "([id, access]) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: access })",
            new[] { ExtensionId, hostAccess });
        await page.CloseAsync();
    }

    // The heartbeats of both changes go out at once but reach the host's database a moment later; the impaired span
    // shows once the second one ended it. The last digest comes back either way, for the assertion to show.
    private static async Task<string> DigestNamingAsync(ExtensionBrowser browser, string profile, string language, string expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var digest = await DigestAsync(browser, profile, language);
        while (!digest.Contains(expected, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            digest = await DigestAsync(browser, profile, language);
        }

        return digest;
    }

    // The first profile is named in the browser's language, as the host names it on the first hello.
    private static async Task<string> DigestAsync(ExtensionBrowser browser, string profile, string language)
    {
        var output = Path.Combine(browser.DataDirectory, "week.html");
        var week = IsoWeek.Containing(DateTimeOffset.UtcNow, TimeZoneInfo.Local);
        var start = new ProcessStartInfo(DotnetExecutable.Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { RepositoryPaths.HostAssembly, "digest", "--profile", profile, "--week", week.ToString(), "--out", output, "--lang", language, "--data-dir", browser.DataDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.AreEqual(0, process.ExitCode, $"{await printed}\n{error}");
        return await File.ReadAllTextAsync(output);
    }
}
