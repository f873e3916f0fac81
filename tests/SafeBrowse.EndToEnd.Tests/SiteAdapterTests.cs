using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// Every chat site fixture under <c>Fixtures/sites/</c>, served at the site's real address: the manifest loads that
/// site's adapter, which reads exactly the messages its <c>site.json</c> lists, and exactly those reach the host.
/// </summary>
[TestClass]
public sealed class SiteAdapterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    // What the content script's own adapter reads from the page, in its world: proves which adapter the manifest loaded.
    private const string ReadWithTheSiteAdapter = """
        (() => {
          const adapter = globalThis.SafeBrowse.adapterFor(location);
          const messages = adapter.findContainers(document)
            .flatMap((container) => adapter.rowsOf(container).map((row) => adapter.extract(row, container)))
            .filter(Boolean)
            .map(({ conversation, contact, direction, text }) => ({ conversation, contact, direction, text }));
          return { adapter: adapter.id ?? "generic", messages };
        })()
        """;

    public static IEnumerable<object[]> Sites => SiteFixture.AllIds().Select(id => new object[] { id });

    [TestMethod]
    [DynamicData(nameof(Sites))]
    public async Task SitePage_ServedAtItsRealAddress_ExactlyItsMessagesReachTheHost(string site)
    {
        var fixture = SiteFixture.Load(site);
        await using var browser = await ExtensionBrowser.LaunchAsync();
        await fixture.ServeAsync(browser.Context);
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(fixture.Url.AbsoluteUri);
        var read = await ContentScriptWorld.EvaluateAsync<ReadPage>(page, ReadWithTheSiteAdapter, Timeout);
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count, Timeout);
        // Long enough for a second batch (the sender's 250 ms) and a recheck of the chat (2 s): none may come.
        await page.WaitForTimeoutAsync(2500);

        Assert.AreEqual(site, read.Adapter, "the manifest loaded the site's own adapter");
        CollectionAssert.AreEqual(
            fixture.Expected.ToList(),
            read.Messages.Select(message => new ExpectedMessage(message.Conversation, message.Contact, message.Direction, message.Text)).ToList(),
            $"read: {string.Join(" | ", read.Messages.Select(message => $"{message.Direction} {message.Contact}"))}");
        Assert.AreEqual(fixture.Expected.Count, HostLog.CountScoredMessages(browser.DataDirectory), "every message reached the host once");
        Assert.AreEqual(fixture.Expected.Count(message => message.Direction == "incoming"), HostLog.CountScoredIncoming(browser.DataDirectory), "incoming and outgoing as the page shows them");
        Assert.AreEqual(fixture.Expected.Sum(message => message.Text.Length), HostLog.CountScoredCharacters(browser.DataDirectory), "their text arrived whole");
        Assert.AreEqual(0, HostLog.CountScoredHistory(browser.DataDirectory), "what the page shows when it opens is not history");
    }

    [TestMethod]
    [DataRow("whatsapp", "whatsappFixture")]
    [DataRow("discord", "discordFixture")]
    [DataRow("telegram-k", "telegramFixture")]
    [DataRow("tiktok", "tiktokFixture")]
    [DataRow("snapchat", "snapchatFixture")]
    [DataRow("roblox", "robloxFixture")]
    public async Task OlderMessagesLoadedAboveTheChat_ReachTheHostAsHistoryAndNewOnesDoNot(string site, string simulator)
    {
        var fixture = SiteFixture.Load(site);
        await using var browser = await ExtensionBrowser.LaunchAsync();
        await fixture.ServeAsync(browser.Context);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(fixture.Url.AbsoluteUri);
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count, Timeout);

        // The fixture's own script plays the site: a page of older messages on scroll-up, then a new message.
        await page.EvaluateAsync($"() => window.{simulator}.prependHistory(['older one', 'older two'])");
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count + 2, Timeout);
        await page.EvaluateAsync($"() => window.{simulator}.append('a new one')");
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count + 3, Timeout);
        await page.WaitForTimeoutAsync(1000);

        Assert.AreEqual(fixture.Expected.Count + 3, HostLog.CountScoredMessages(browser.DataDirectory), "each message once");
        Assert.AreEqual(2, HostLog.CountScoredHistory(browser.DataDirectory), "only the two older messages are history");
    }

    private sealed record ReadPage(string Adapter, IReadOnlyList<ReadMessage> Messages);

    private sealed record ReadMessage(string Conversation, string Contact, string Direction, string Text);
}
