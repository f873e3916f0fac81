using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>The options page against the real host: a parent sets a PIN, sees the week and opens the digest.</summary>
[TestClass]
public sealed class ParentPagesTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;

    [TestMethod]
    public async Task OptionsPage_ParentSetsAPinAfterAGroomingChat_SeesTheWeekAndOpensTheDigest()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var chat = await browser.Context.NewPageAsync();
        await chat.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=grooming-en"));
        await chat.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var options = await ParentPages.OpenWithNewPinAsync(browser);
        await options.Locator("#week-cards >> text=Family").WaitForAsync(new() { Timeout = Timeout });
        var weekCards = await options.Locator("#week-cards").InnerTextAsync();

        await options.Locator("#digests-list button").First.ClickAsync();
        await options.Locator("#digest-viewer").WaitForAsync(new() { Timeout = Timeout });
        var digest = options.FrameLocator("#digest-frame");
        var heading = await digest.Locator("h1").InnerTextAsync(new() { Timeout = Timeout });
        var contacts = await digest.Locator("main").InnerTextAsync();

        StringAssert.Contains(heading, "Family");
        StringAssert.Contains(contacts, "alex");
        Assert.IsFalse(string.IsNullOrWhiteSpace(weekCards));
    }

    [TestMethod]
    public async Task OptionsPage_WrongPinFourTimes_ShowsTheWaitAndKeepsTheDashboardClosed()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var options = await ParentPages.OpenWithNewPinAsync(browser);

        await options.Locator("#lock-button").ClickAsync();
        await options.Locator("#view-lock").WaitForAsync(new() { Timeout = Timeout });
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await options.FillAsync("#lock-pin", "000000");
            await options.Locator("#lock-submit").ClickAsync();
            await UntilAnsweredAsync(options.Locator("#lock-pin"));
        }

        await options.Locator("#lock-wait").WaitForAsync(new() { Timeout = Timeout });

        Assert.IsTrue(await options.Locator("#lock-submit").IsDisabledAsync());
        Assert.IsFalse(await options.Locator("#view-dashboard").IsVisibleAsync());
    }

    // The page clears the PIN field when the host answers; extension pages forbid the eval WaitForFunction needs.
    private static async Task UntilAnsweredAsync(ILocator pinField)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await pinField.InputValueAsync() != string.Empty)
        {
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail("Waited 30 s for the host to answer a PIN try (the page clears the PIN field when it does).");
            }

            await Task.Delay(50);
        }
    }
}
