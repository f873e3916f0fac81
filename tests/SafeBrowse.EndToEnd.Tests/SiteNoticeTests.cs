using System.Text.Json;
using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// The "done when": on WhatsApp, Discord, Telegram K, X, TikTok, Snapchat and Roblox pages served at their
/// real addresses, a grooming conversation replayed in the browser's language shows the notice, and each of its choices
/// does what it says.
/// </summary>
[TestClass]
public sealed class SiteNoticeTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    // The country the notice asked for and that country's helplines, as the content script knows them.
    private const string CountryHelplines = """
        (async () => {
          const country = await globalThis.SafeBrowse.loadCountry();
          return { country, names: globalThis.SafeBrowse.helplines[country].lines.map((line) => line.name) };
        })()
        """;

    private const string ChoiceButtons = $"() => [...{NoticeInspector.Root}.querySelectorAll('.choices > button')].map((button) => button.textContent.trim())";

    private const string Choose = $$"""
        (text) => {
          const button = [...{{NoticeInspector.Root}}.querySelectorAll("button")].find((candidate) => candidate.textContent.trim() === text);
          button.click();
          const detail = button.hasAttribute("aria-controls") ? {{NoticeInspector.Root}}.getElementById(button.getAttribute("aria-controls")) : null;
          return { hidden: detail?.hidden ?? true, text: detail?.textContent ?? "" };
        }
        """;

    [TestMethod]
    [DataRow("whatsapp", "es", "blockHowWhatsapp")]
    [DataRow("whatsapp", "en", "blockHowWhatsapp")]
    [DataRow("discord", "es", "blockHowDiscord")]
    [DataRow("discord", "en", "blockHowDiscord")]
    [DataRow("telegram-k", "es", "blockHowTelegram")]
    [DataRow("telegram-k", "en", "blockHowTelegram")]
    [DataRow("x", "es", "blockHowX")]
    [DataRow("x", "en", "blockHowX")]
    [DataRow("tiktok", "es", "blockHowTiktok")]
    [DataRow("tiktok", "en", "blockHowTiktok")]
    [DataRow("snapchat", "es", "blockHowSnapchat")]
    [DataRow("snapchat", "en", "blockHowSnapchat")]
    [DataRow("roblox", "es", "blockHowRoblox")]
    [DataRow("roblox", "en", "blockHowRoblox")]
    public async Task GroomingChatOnTheSite_InTheBrowsersLanguage_ShowsTheNoticeAndEveryChoiceWorks(string site, string language, string blockHelpKey)
    {
        var words = ExtensionMessages.Of(language);
        var conversation = ConversationOf($"grooming-{language}");
        var fixture = SiteFixture.Load(site);
        await using var browser = await ExtensionBrowser.LaunchAsync(language: language);
        await fixture.ServeAsync(browser.Context);
        var page = await browser.Context.NewPageAsync();

        // The replay opens another conversation, which clears the page's own rows: they are read before it starts.
        await page.GotoAsync(fixture.UrlWith($"c=grooming-{language}&wait"));
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count, TimeSpan.FromMilliseconds(Timeout));
        await page.EvaluateAsync("() => document.dispatchEvent(new Event('replay'))");
        await page.WaitForSelectorAsync($"body[data-replayed='{conversation.Messages.Count}']", new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        // Every message scored: a notice can rise to an alert while the chat goes on, and the test reads the last one.
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count + conversation.Messages.Count, TimeSpan.FromMilliseconds(Timeout));
        await page.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await NoticeInspector.ExposeAsync(page);

        Assert.AreEqual(language, await page.EvaluateAsync<string>($"() => {NoticeInspector.Root}.querySelector('[lang]').getAttribute('lang')"), "the notice speaks the browser's language");
        CollectionAssert.AreEqual(
            new[] { words["choiceTalk"], words["choiceSave"], words["choiceBlock"], words["choiceHelp"] },
            await page.EvaluateAsync<string[]>(ChoiceButtons),
            "talk to an adult, save a copy, block or leave, get help: in that order");

        var download = await page.RunAndWaitForDownloadAsync(() => page.EvaluateAsync(Choose, words["choiceSave"]), new() { Timeout = Timeout });
        var copy = await File.ReadAllTextAsync(await download.PathAsync());
        StringAssert.StartsWith(copy, words["transcriptHeader"][..words["transcriptHeader"].IndexOf('$', StringComparison.Ordinal)], "the copy says what it is, in the child's language");
        StringAssert.Contains(copy, $"{conversation.Contact}: {conversation.Messages[0].Text}", "the copy holds the conversation with who said what");

        var block = Detail.Of(await page.EvaluateAsync<JsonElement>(Choose, words["choiceBlock"]));
        Assert.IsFalse(block.Hidden, "block or leave opens its detail");
        StringAssert.Contains(block.Text, words[blockHelpKey], "how to block or leave on this site");

        var help = Detail.Of(await page.EvaluateAsync<JsonElement>(Choose, words["choiceHelp"]));
        var helplines = await ContentScriptWorld.EvaluateAsync<Helplines>(page, CountryHelplines, TimeSpan.FromMilliseconds(Timeout));
        Assert.IsFalse(help.Hidden, "get help opens its detail");
        foreach (var name in helplines.Names)
        {
            StringAssert.Contains(help.Text, name, $"the helplines of the child's country ({helplines.Country})");
        }

        if (language == "en")
        {
            StringAssert.Contains(help.Text, "NCMEC", "an English browser with no country chosen is taken to be in the US");
        }
    }

    private static Conversation ConversationOf(string name)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "conversations", $"{name}.json"));
        return JsonSerializer.Deserialize<Conversation>(json, Web)!;
    }

    private sealed record Detail(bool Hidden, string Text)
    {
        public static Detail Of(JsonElement detail) => new(detail.GetProperty("hidden").GetBoolean(), detail.GetProperty("text").GetString()!);
    }

    private sealed record Helplines(string Country, IReadOnlyList<string> Names);

    private sealed record Conversation(string Contact, IReadOnlyList<Line> Messages);

    private sealed record Line(string From, string Text);
}
