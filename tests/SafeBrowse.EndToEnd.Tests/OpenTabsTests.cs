using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// A chat tab open before SafeBrowse is installed or updated is protected without a reload (issue 12, item 3):
/// the page is loaded first and holds its chat until the extension is in place.
/// </summary>
[TestClass]
public sealed class OpenTabsTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;
    private static readonly TimeSpan InjectionTimeout = TimeSpan.FromSeconds(20);

    private const string ProtectionRuns = """Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse")?.value?.protection?.isLive() === true""";

    [TestMethod]
    public async Task ChatOpenBeforeInstall_GroomingReplayedAfterIt_GetsItsNotice()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync(withExtension: false);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=grooming-en&wait"));

        await browser.InstallExtensionAsync();

        Assert.IsTrue(await LiveCopyRunsAsync(page), "the open tab got the content scripts");
        await ReplayAndWaitForTheNoticeAsync(page);
    }

    [TestMethod]
    public async Task ChatOpenBeforeUpdate_GroomingReplayedAfterIt_GetsOneNotice()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=grooming-en&wait"));
        Assert.IsTrue(await LiveCopyRunsAsync(page), "the manifest's copy runs before the update");

        await browser.InstallExtensionAsync();

        Assert.IsTrue(await LiveCopyRunsAsync(page), "a live copy runs after the update");
        await ReplayAndWaitForTheNoticeAsync(page);
        await page.WaitForTimeoutAsync(1000);
        Assert.AreEqual(1, await page.Locator("safebrowse-notice").CountAsync(), "the copy from before the update shows nothing of its own");
    }

    // One of the page's content-script worlds runs a copy that reaches the extension; injection takes a moment.
    private static async Task<bool> LiveCopyRunsAsync(IPage page)
    {
        var deadline = DateTime.UtcNow + InjectionTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await ContentScriptWorld.EvaluateInEachAsync<bool>(page, ProtectionRuns, InjectionTimeout)).Contains(true))
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static async Task ReplayAndWaitForTheNoticeAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.dispatchEvent(new Event('replay'))");
        var notice = page.Locator("safebrowse-notice");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        CollectionAssert.Contains(new[] { "notice", "alert" }, await notice.GetAttributeAsync("data-level"));
    }
}
