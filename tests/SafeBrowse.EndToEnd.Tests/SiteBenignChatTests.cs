using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// The other half of the "done when" for the sites added with it: an ordinary chat between friends, replayed on
/// the site's page at its real address, reaches the host whole and shows the child nothing.
/// </summary>
[TestClass]
public sealed class SiteBenignChatTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    [TestMethod]
    [DataRow("tiktok", "benign-es", 10)]
    [DataRow("snapchat", "benign-es", 10)]
    [DataRow("roblox", "benign-en", 10)]
    public async Task BenignChatOnTheSite_Replayed_ReachesTheHostAndShowsNoNotice(string site, string conversation, int messageCount)
    {
        var fixture = SiteFixture.Load(site);
        await using var browser = await ExtensionBrowser.LaunchAsync();
        await fixture.ServeAsync(browser.Context);
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(fixture.UrlWith($"c={conversation}&wait"));
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count, Timeout);
        await page.EvaluateAsync("() => document.dispatchEvent(new Event('replay'))");
        await page.WaitForSelectorAsync($"body[data-replayed='{messageCount}']", new() { State = WaitForSelectorState.Attached, Timeout = (float)Timeout.TotalMilliseconds });
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count + messageCount, Timeout);
        // Long enough for the last batch's decision to come back and be drawn, were there one.
        await page.WaitForTimeoutAsync(1500);

        Assert.AreEqual(fixture.Expected.Count + messageCount, HostLog.CountScoredMessages(browser.DataDirectory), "the page's messages and the replayed chat, each once");
        Assert.AreEqual(0, await page.Locator("[data-safebrowse='notice']").CountAsync(), "a chat between friends shows the child nothing");
    }
}
