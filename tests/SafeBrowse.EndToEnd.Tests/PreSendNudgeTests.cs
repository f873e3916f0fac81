using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>The nudge beside the composer: shown for a personal detail typed to a noticed contact, and the draft stays on the page.</summary>
[TestClass]
public sealed class PreSendNudgeTests
{
    private const string Draft = "mi cel es 300 123 4567";

    // The nudge reads the draft at most every 300 ms (extension/src/content/nudge/nudge.js); five times that is ample.
    private const int NudgeSettleMs = 1500;
    private static readonly float ScoringTimeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    [TestMethod]
    public async Task GroomingChat_ChildTypesTheirPhoneNumber_NudgeShowsAndTheDraftNeverLeaves()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        var replayed = await ReplayAsync(browser, page, "grooming-es", 12);
        var notice = page.Locator("[data-safebrowse='notice']");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = ScoringTimeout });

        // The last batch's answer can still be on its way from the host and raise the notice to an alert.
        await page.WaitForTimeoutAsync(500);
        if (await notice.GetAttributeAsync("data-level") == "alert")
        {
            // The alert holds focus until the child closes it; the nudge must still know this contact was noticed.
            await page.Keyboard.PressAsync("Escape");
            await notice.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }

        await TypeDraftAsync(page);
        var nudge = page.Locator("[data-safebrowse='nudge']");
        await nudge.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 5000 });

        Assert.AreEqual(1, await nudge.CountAsync());
        Assert.AreEqual("phone", await nudge.GetAttributeAsync("data-signal"));
        Assert.AreEqual(Draft, await ComposerTextAsync(page), "the draft is untouched");
        Assert.IsTrue(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'composer'"), "the child keeps typing");
        var nudgeAboveComposer = await page.EvaluateAsync<bool>("""
            () => {
              const box = document.getElementById("composer").getBoundingClientRect();
              return document.elementFromPoint(box.left + 24, box.top - 24) === document.querySelector("safebrowse-nudge");
            }
            """);
        Assert.IsTrue(nudgeAboveComposer, "the nudge sits just above the composer, on top of the page");

        await page.WaitForTimeoutAsync(NudgeSettleMs);
        Assert.AreEqual(replayed, HostLog.CountScoredMessages(browser.DataDirectory), "no message beyond the replayed ones reached the host");
        Assert.IsFalse(HostLog.ReadAll(browser.DataDirectory).Contains("300 123 4567", StringComparison.Ordinal), "the draft appears nowhere in the host's log");
    }

    [TestMethod]
    public async Task BenignChat_ChildTypesTheirPhoneNumber_NoNudge()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        var replayed = await ReplayAsync(browser, page, "benign-es", 10);
        await TypeDraftAsync(page);
        await page.WaitForTimeoutAsync(NudgeSettleMs);

        Assert.AreEqual(0, await page.Locator("[data-safebrowse='notice']").CountAsync());
        Assert.AreEqual(0, await page.Locator("[data-safebrowse='nudge']").CountAsync());
        Assert.AreEqual(Draft, await ComposerTextAsync(page));
        Assert.AreEqual(replayed, HostLog.CountScoredMessages(browser.DataDirectory));
    }

    private static async Task<int> ReplayAsync(ExtensionBrowser browser, IPage page, string conversation, int messageCount)
    {
        await page.GotoAsync(FixtureSite.Server.UrlOf($"compose.html?c={conversation}"));
        await page.WaitForSelectorAsync($"body[data-replayed='{messageCount}']", new() { Timeout = ScoringTimeout });
        var scored = await browser.WaitForScoredMessagesAsync(messageCount, TimeSpan.FromMilliseconds(ScoringTimeout));
        Assert.AreEqual(messageCount, scored, "every replayed message reached the host before the child types");
        return scored;
    }

    private static async Task TypeDraftAsync(IPage page)
    {
        await page.Locator("#composer").ClickAsync();
        await page.Keyboard.TypeAsync(Draft, new() { Delay = 20 });
    }

    private static Task<string> ComposerTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.getElementById('composer').innerText.trim()");
}
