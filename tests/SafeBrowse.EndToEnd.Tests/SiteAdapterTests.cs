using Microsoft.Playwright;
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

        Assert.AreEqual(fixture.Adapter, read.Adapter, "the manifest loaded the site's own adapter");
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

    // Which adapters the manifest loaded here, which one claims the address now, and whether protection runs.
    private const string AdaptersHere = """
        (() => ({
          loaded: Object.keys(globalThis.SafeBrowse.adapters ?? {}),
          claiming: globalThis.SafeBrowse.adapterFor(location)?.id ?? null,
          running: globalThis.SafeBrowse.protection != null,
        }))()
        """;

    private const string FacebookThread = "7781234567890123";

    [TestMethod]
    public async Task FacebookFeedMovesToMessagesWithoutAReload_TheMessengerAdapterReadsTheThread()
    {
        var messenger = SiteFixture.Load("messenger");
        var thread = $"messenger:{FacebookThread}";
        var expected = messenger.Expected.Select(message => message with { Conversation = thread }).ToList();
        await using var browser = await ExtensionBrowser.LaunchAsync();
        await ServeFacebookAsync(browser.Context, messenger.Folder);
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync("https://www.facebook.com/");
        var onTheFeed = await ContentScriptWorld.EvaluateAsync<AdaptersOnPage>(page, AdaptersHere, Timeout);
        await page.EvaluateAsync($"() => window.facebookFixture.openThread('{FacebookThread}')");
        await browser.WaitForScoredMessagesAsync(expected.Count, Timeout);
        // Long enough for a second batch (the sender's 250 ms) and a recheck of the chat (2 s): none may come.
        await page.WaitForTimeoutAsync(2500);
        var read = await ContentScriptWorld.EvaluateAsync<ReadPage>(page, ReadWithTheSiteAdapter, Timeout);

        CollectionAssert.AreEqual(new[] { "messenger" }, onTheFeed.Loaded.ToList(), "facebook.com is Messenger's origin: no generic adapter");
        Assert.IsNull(onTheFeed.Claiming, "the feed is not a chat");
        Assert.IsTrue(onTheFeed.Running, "protection runs on the feed, ready for the move");
        Assert.AreEqual($"https://www.facebook.com/messages/t/{FacebookThread}/", page.Url, "the app moved without a reload");
        Assert.AreEqual("messenger", read.Adapter);
        CollectionAssert.AreEqual(
            expected,
            read.Messages.Select(message => new ExpectedMessage(message.Conversation, message.Contact, message.Direction, message.Text)).ToList(),
            $"read: {string.Join(" | ", read.Messages.Select(message => $"{message.Direction} {message.Contact}"))}");
        Assert.AreEqual(expected.Count, HostLog.CountScoredMessages(browser.DataDirectory), "only the thread's messages, once; nothing from the feed");
        Assert.AreEqual(expected.Count(message => message.Direction == "incoming"), HostLog.CountScoredIncoming(browser.DataDirectory), "incoming and outgoing as the thread shows them");
    }

    // facebook.com: the feed at /, its script, and the Messenger fixture's thread page it draws; nothing else loads.
    private static async Task ServeFacebookAsync(IBrowserContext context, string messengerFolder) =>
        await context.RouteAsync("https://www.facebook.com/**", async route =>
        {
            var (file, type) = new Uri(route.Request.Url).AbsolutePath switch
            {
                "/" => ("facebook-feed.html", "text/html; charset=utf-8"),
                "/facebook-feed.js" => ("facebook-feed.js", "text/javascript; charset=utf-8"),
                "/page.html" => ("page.html", "text/html; charset=utf-8"),
                _ => (null, null),
            };
            if (file is null)
            {
                await route.AbortAsync();
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(Path.Combine(messengerFolder, file)) });
        });

    private sealed record AdaptersOnPage(IReadOnlyList<string> Loaded, string? Claiming, bool Running);

    private sealed record ReadPage(string Adapter, IReadOnlyList<ReadMessage> Messages);

    private sealed record ReadMessage(string Conversation, string Contact, string Direction, string Text);
}
