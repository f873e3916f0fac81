using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>The host dies while a chat is being scored: the extension starts a new one and resends what was not answered.</summary>
[TestClass]
public sealed class HostFaultTests
{
    private const int GroomingMessages = 12;

    // The chat holds after its first messages until the host is frozen, so the rest all go to a host that answers none.
    private const int BeforeTheFreeze = 2;

    // A batch the host logged as it froze is never answered, so rightly resent. The replay adds a message every 150 ms
    // and the sender batches for 250 ms: 2 a batch, 3 when timers run late.
    private const int OneBatch = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    // Records the level of every notice the extension adds, so one shown twice is caught even if it left in between.
    private const string CountNotices = """
        window.noticesAdded = [];
        new MutationObserver((mutations) => {
          for (const mutation of mutations)
            for (const node of mutation.addedNodes)
              if (node.localName === "safebrowse-notice") window.noticesAdded.push(node.dataset.level);
        }).observe(document, { childList: true, subtree: true });
        """;

    [TestMethod]
    public async Task HostKilledWithScoresInFlight_ProtectionRecoversByItselfWithOneNoticeAndEveryMessageScoredOnce()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.AddInitScriptAsync(CountNotices);
        await page.GotoAsync(FixtureSite.Server.UrlOf($"chat.html?c=grooming-en&hold={BeforeTheFreeze}"));

        await browser.WaitForScoredMessagesAsync(BeforeTheFreeze, Timeout);
        var first = browser.HostProcessIds().Single();

        // Frozen, the host takes the next batches and answers none of them; then it dies with them in flight.
        using (var host = Process.GetProcessById(first))
        {
            try
            {
                await FreezeAsync(first);
                var answered = HostLog.CountScoredMessages(browser.DataDirectory);
                Assert.AreEqual(BeforeTheFreeze, answered, "the chat held until the freeze");
                await page.EvaluateAsync("() => document.dispatchEvent(new Event('replay'))");
                await page.WaitForFunctionAsync($"() => document.querySelectorAll('#chat .message').length >= {answered + 4}", null, new() { Timeout = (float)Timeout.TotalMilliseconds });
                await page.WaitForTimeoutAsync(700);
                Assert.AreEqual(answered, HostLog.CountScoredMessages(browser.DataDirectory), "the frozen host scored nothing");
            }
            finally
            {
                host.Kill();
                await host.WaitForExitAsync();
            }
        }

        var notice = page.Locator("[data-safebrowse='notice']");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)Timeout.TotalMilliseconds });
        await page.WaitForSelectorAsync($"body[data-replayed='{GroomingMessages}']", new() { Timeout = (float)Timeout.TotalMilliseconds });
        await browser.WaitForScoredMessagesAsync(GroomingMessages, Timeout);
        await page.WaitForTimeoutAsync(1500);

        var scored = HostLog.CountScoredMessages(browser.DataDirectory);
        Assert.IsTrue(scored >= GroomingMessages, $"{scored} scored: every message reached a host, the unanswered ones resent");
        Assert.IsTrue(scored <= GroomingMessages + OneBatch, $"{scored} scored: nothing answered was sent again");
        var second = browser.HostProcessIds();
        Assert.AreEqual(1, second.Count);
        Assert.AreNotEqual(first, second[0]);
        Assert.AreEqual(1, await notice.CountAsync());
        var levels = await page.EvaluateAsync<string[]>("() => window.noticesAdded");
        Assert.IsTrue(levels.Length >= 1);
        CollectionAssert.AllItemsAreUnique(levels, "no level shown twice: " + string.Join(", ", levels));
    }

    // .NET has no SIGSTOP; kill(1) sends it.
    private static async Task FreezeAsync(int processId)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-STOP", processId.ToString(CultureInfo.InvariantCulture) } })
            ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
        Assert.AreEqual(0, kill.ExitCode, $"kill -STOP {processId}");
    }
}
