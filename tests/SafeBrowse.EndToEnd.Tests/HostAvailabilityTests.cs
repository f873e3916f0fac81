using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

[TestClass]
public sealed class HostAvailabilityTests
{
    private static readonly float StatusTimeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;
    private static readonly float RecoveryTimeout = (float)TimeSpan.FromSeconds(90).TotalMilliseconds;

    [TestMethod]
    public async Task HostMissing_PopupSaysPausedThenProtectionResumesOnceInstalled()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync(registerHost: false);
        var chat = await browser.Context.NewPageAsync();
        await chat.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=grooming-en"));
        var popup = await browser.Context.NewPageAsync();
        await popup.GotoAsync(ExtensionBrowser.PopupUrl);

        await popup.WaitForSelectorAsync("#status[data-state='unavailable']", new() { Timeout = StatusTimeout });
        var paused = await popup.Locator("#paused").InnerTextAsync();
        Assert.IsTrue(await popup.Locator("#paused").IsVisibleAsync());
        Assert.IsFalse(string.IsNullOrWhiteSpace(paused));
        Assert.AreEqual(0, await chat.Locator("[data-safebrowse='notice']").CountAsync());

        browser.RegisterHost();

        await popup.WaitForSelectorAsync("#status[data-state='connected']", new() { Timeout = RecoveryTimeout });
        await chat.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = StatusTimeout });
    }
}
