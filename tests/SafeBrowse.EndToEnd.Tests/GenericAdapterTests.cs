using System.Text.Json;
using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// The generic adapter in Chromium: conversations drawn by real chat UI kits from npm are read with their directions
/// and get a notice; pages that list or quote messages without being a conversation send nothing; a chat in a
/// cross-origin frame is read inside its frame.
/// </summary>
[TestClass]
public sealed class GenericAdapterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private static readonly Uri Kits = new("https://kits.example/");
    private static readonly Uri ChatService = new("https://chat-widget.example");
    private static readonly Uri OtherOrigins = new("https://ads.example");

    private const string ReadWithTheGenericAdapter = """
        (() => {
          const adapter = globalThis.SafeBrowse.adapters.generic;
          return adapter.findContainers(document)
            .flatMap((container) => adapter.rowsOf(container).map((row) => adapter.extract(row, container)))
            .map(({ direction, text }) => ({ direction, text }));
        })()
        """;

    [TestMethod]
    [DataRow("deep-chat")]
    [DataRow("chatscope")]
    public async Task ChatKitPage_GroomingConversation_IsReadWithItsDirectionsAndANoticeShows(string kit)
    {
        var conversation = Conversation.Load("grooming-en");
        await using var browser = await ExtensionBrowser.LaunchAsync();
        await FixtureOrigin.ServeAsync(browser.Context, Kits);
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(new Uri(Kits, $"kits/{kit}.html?c=grooming-en").AbsoluteUri);
        var notice = page.Locator("[data-safebrowse='notice']");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)Timeout.TotalMilliseconds });
        await browser.WaitForScoredMessagesAsync(conversation.Messages.Count, Timeout);
        var read = await ContentScriptWorld.EvaluateAsync<List<ReadMessage>>(page, ReadWithTheGenericAdapter, Timeout);

        CollectionAssert.AreEqual(
            conversation.Messages.Select(message => new ReadMessage(message.From == "child" ? "outgoing" : "incoming", message.Text)).ToList(),
            read,
            $"read: {string.Join(" | ", read.Select(message => $"{message.Direction} {message.Text}"))}");
        Assert.AreEqual(conversation.Messages.Count, HostLog.CountScoredMessages(browser.DataDirectory), "each message reached the host once");
        Assert.AreEqual(conversation.Messages.Count(message => message.From != "child"), HostLog.CountScoredIncoming(browser.DataDirectory));
        CollectionAssert.Contains(new[] { "notice", "alert" }, await notice.GetAttributeAsync("data-level"));
    }

    [TestMethod]
    public async Task PagesThatListOrQuoteMessages_NoneReachesTheHost()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Fixtures, "not-chats"), "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.IsTrue(pages.Count >= 10, $"{pages.Count} non-chat patterns");
        await using var browser = await ExtensionBrowser.LaunchAsync();
        await FixtureOrigin.ServeAsync(browser.Context, OtherOrigins);
        var page = await browser.Context.NewPageAsync();

        foreach (var name in pages)
        {
            await page.GotoAsync(FixtureSite.Server.UrlOf($"not-chats/{name}?frames={Uri.EscapeDataString(OtherOrigins.AbsoluteUri.TrimEnd('/'))}"));
            // The content script's first look, a recheck (2 s) and a sender batch (250 ms) all fall in this time.
            await page.WaitForTimeoutAsync(2500);
        }

        // A real chat last, on the same browser: it proves the extension was reading all along, and is all that arrives.
        await page.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=benign-en"));
        await page.WaitForSelectorAsync("body[data-replayed='10']", new() { Timeout = (float)Timeout.TotalMilliseconds });
        await browser.WaitForScoredMessagesAsync(10, Timeout);
        await page.WaitForTimeoutAsync(1500);

        Assert.AreEqual(10, HostLog.CountScoredMessages(browser.DataDirectory), $"only the chat's 10 messages arrived, none from: {string.Join(", ", pages)}");
    }

    [TestMethod]
    public async Task ChatInACrossOriginFrame_IsReadInTheFrameAndItsNoticeShowsThere()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        await FixtureOrigin.ServeAsync(browser.Context, ChatService);
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(FixtureSite.Server.UrlOf($"frames/game.html?c=grooming-en&chat={Uri.EscapeDataString(ChatService.AbsoluteUri.TrimEnd('/'))}"));
        var notice = page.FrameLocator("#chat-frame").Locator("[data-safebrowse='notice']");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)Timeout.TotalMilliseconds });
        await page.FrameLocator("#chat-frame").Locator("body[data-replayed='12']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)Timeout.TotalMilliseconds });
        await browser.WaitForScoredMessagesAsync(12, Timeout);
        await page.WaitForTimeoutAsync(1500);

        Assert.AreEqual(12, HostLog.CountScoredMessages(browser.DataDirectory), "the frame's chat, each message once");
        Assert.AreEqual(0, await page.Locator("[data-safebrowse='notice']").CountAsync(), "the top page holds no chat and shows nothing of its own");
        var chatFrame = page.Frames.Single(frame => frame.Url.StartsWith(ChatService.AbsoluteUri, StringComparison.Ordinal));
        var onTop = await chatFrame.EvaluateAsync<bool>("""
            () => {
              const notice = document.querySelector("safebrowse-notice");
              const alert = notice.dataset.level === "alert";
              const x = alert ? innerWidth / 2 : innerWidth - 40;
              const y = alert ? innerHeight / 2 : innerHeight - 40;
              return document.elementFromPoint(x, y) === notice;
            }
            """);
        Assert.IsTrue(onTop, "the notice is on top inside the frame the child is reading");
    }

    private sealed record ReadMessage(string Direction, string Text);

    private sealed record ConversationMessage(string From, string Text);

    private sealed record Conversation(IReadOnlyList<ConversationMessage> Messages)
    {
        public static Conversation Load(string name)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "conversations", $"{name}.json")));
            return new Conversation(json.RootElement.GetProperty("messages").EnumerateArray()
                .Select(message => new ConversationMessage(message.GetProperty("from").GetString()!, message.GetProperty("text").GetString()!))
                .ToList());
        }
    }
}
