using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// Pages that try to switch protection off (issue 12, item 2): one names its elements like the content scripts'
/// globals and the document's own properties, others take the notice away once it shows.
/// </summary>
[TestClass]
public sealed class PageTamperingTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    // The point where the child sees the notice: the middle of the window for an alert, its lower corner for a notice.
    // Through Document.prototype, as the clobbering page shadows the document's own methods in its world.
    private const string NoticeOnTop = """
        () => {
          const notice = Document.prototype.querySelector.call(document, "safebrowse-notice");
          if (!notice) return false;
          const alert = notice.dataset.level === "alert";
          const x = alert ? innerWidth / 2 : innerWidth - 40;
          const y = alert ? innerHeight / 2 : innerHeight - 40;
          return Document.prototype.elementFromPoint.call(document, x, y) === notice;
        }
        """;

    [TestMethod]
    public async Task PageNamesElementsLikeTheContentScriptsGlobals_GroomingChatStillGetsItsNotice()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(FixtureSite.Server.UrlOf("clobbered-chat.html?c=grooming-en"));
        var shadowed = await ContentScriptWorld.EvaluateAsync<bool>(
            page, "globalThis.browser instanceof HTMLAnchorElement && globalThis.adapters instanceof HTMLAnchorElement", TimeSpan.FromSeconds(15));
        Assert.IsTrue(shadowed, "the page's names show through in the content scripts' world, as the attack needs");
        var notice = page.Locator("safebrowse-notice");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.AreEqual(1, await notice.CountAsync());
        CollectionAssert.Contains(new[] { "notice", "alert" }, await notice.GetAttributeAsync("data-level"));
        await page.WaitForFunctionAsync(NoticeOnTop, null, new() { Timeout = Timeout });
    }

    [TestMethod]
    [DataRow("remove")]
    [DataRow("hide")]
    [DataRow("cover")]
    public async Task PageTakesTheNoticeAway_ItComesBackOnTop(string attack)
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(FixtureSite.Server.UrlOf($"hostile-notice.html?c=grooming-en&attack={attack}"));
        await page.WaitForSelectorAsync("body[data-attacks='1']", new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.WaitForFunctionAsync(NoticeOnTop, null, new() { Timeout = Timeout });

        Assert.AreEqual(1, await page.Locator("safebrowse-notice").CountAsync());
    }

    [TestMethod]
    public async Task PageRemovesTheNoticeThreeTimes_ItStillComesBack()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(FixtureSite.Server.UrlOf("hostile-notice.html?c=grooming-en&attack=remove&times=3"));
        await page.WaitForSelectorAsync("body[data-attacks='3']", new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.WaitForFunctionAsync(NoticeOnTop, null, new() { Timeout = Timeout });

        Assert.AreEqual(1, await page.Locator("safebrowse-notice").CountAsync());
    }
}
