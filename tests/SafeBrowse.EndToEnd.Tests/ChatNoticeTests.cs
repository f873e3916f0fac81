using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

[TestClass]
public sealed class ChatNoticeTests
{
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(45);

    [TestMethod]
    [DataRow("grooming-en")]
    [DataRow("grooming-es")]
    public async Task GroomingChat_ReplayedInThePage_ShowsAGentleNotice(string conversation)
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(FixtureSite.Server.UrlOf($"chat.html?c={conversation}"));
        var notice = page.Locator("[data-safebrowse='notice']");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)ScoringTimeout.TotalMilliseconds });

        Assert.AreEqual(1, await notice.CountAsync());
        CollectionAssert.Contains(new[] { "notice", "alert" }, await notice.GetAttributeAsync("data-level"));
    }

    [TestMethod]
    [DataRow("benign-en", 10)]
    [DataRow("benign-es", 10)]
    public async Task BenignChat_ReplayedInThePage_ShowsNoNotice(string conversation, int messageCount)
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(FixtureSite.Server.UrlOf($"chat.html?c={conversation}"));
        await page.WaitForSelectorAsync($"body[data-replayed='{messageCount}']", new() { Timeout = (float)ScoringTimeout.TotalMilliseconds });
        await browser.WaitForScoredMessagesAsync(messageCount, ScoringTimeout);
        await page.WaitForTimeoutAsync(1500);

        Assert.AreEqual(messageCount, HostLog.CountScoredMessages(browser.DataDirectory), "every message of the page reached the host exactly once");
        Assert.AreEqual(0, await page.Locator("[data-safebrowse='notice']").CountAsync());
    }
}
