using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// A parent marks a contact as family on the parents' page: that contact's pickup messages raise nothing, while a
/// stranger's identical messages still notice. The chats carry no family words, so only the mark can tell them apart.
/// </summary>
[TestClass]
public sealed class TrustedContactTests
{
    private const int Messages = 5;
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(45);
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;

    [TestMethod]
    public async Task OptionsPage_ParentMarksContactAsFamily_PickupRaisesNothingWhileAStrangersDoes()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync(language: "es");
        var options = await ParentPages.OpenWithNewPinAsync(browser);
        await options.Locator("#contacts-profile option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await options.FillAsync("#contacts-site", new Uri(FixtureSite.Server.UrlOf(string.Empty)).Host);
        await options.FillAsync("#contacts-name", "Mamá");
        await options.SelectOptionAsync("#contacts-kind", "family");
        await options.Locator("#contacts-form button[type='submit']").ClickAsync();
        await options.Locator("#contacts-trusted p >> text=Mamá").WaitForAsync(new() { Timeout = Timeout });

        var family = await browser.Context.NewPageAsync();
        await family.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=pickup-family-es"));
        await family.WaitForSelectorAsync($"body[data-replayed='{Messages}']", new() { Timeout = Timeout });
        var scored = await browser.WaitForScoredMessagesAsync(Messages, ScoringTimeout);
        await family.WaitForTimeoutAsync(1500);
        var familyNotices = await family.Locator("[data-safebrowse='notice']").CountAsync();

        var stranger = await browser.Context.NewPageAsync();
        await stranger.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=pickup-stranger-es"));
        var notice = stranger.Locator("[data-safebrowse='notice']");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)ScoringTimeout.TotalMilliseconds });

        Assert.AreEqual(Messages, scored, "every message of the family chat reached the host");
        Assert.AreEqual(0, familyNotices, "the marked contact's pickup raised a notice");
        CollectionAssert.Contains(new[] { "notice", "alert" }, await notice.GetAttributeAsync("data-level"));
    }
}
