using System.Text.Json;
using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// The "done when": on WhatsApp, Discord and Telegram K pages served at their real addresses, a grooming
/// conversation replayed in the browser's language shows the notice, and each of its choices does what it says.
/// </summary>
[TestClass]
public sealed class SiteNoticeTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [TestMethod]
    [DataRow("whatsapp", "es", "blockHowWhatsapp")]
    [DataRow("whatsapp", "en", "blockHowWhatsapp")]
    [DataRow("discord", "es", "blockHowDiscord")]
    [DataRow("discord", "en", "blockHowDiscord")]
    [DataRow("telegram-k", "es", "blockHowTelegram")]
    [DataRow("telegram-k", "en", "blockHowTelegram")]
    public async Task GroomingChatOnTheSite_InTheBrowsersLanguage_ShowsTheNoticeAndEveryChoiceWorks(string site, string language, string blockHelpKey)
    {
        var words = ExtensionMessages.Of(language);
        var conversation = ConversationOf($"grooming-{language}");
        var fixture = SiteFixture.Load(site);
        await using var browser = await ExtensionBrowser.LaunchAsync(language: language);
        await browser.ChooseCountryAsync(language == "es" ? "CO" : "US");
        await fixture.ServeAsync(browser.Context);
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(fixture.UrlWith($"c=grooming-{language}"));
        await page.WaitForSelectorAsync($"body[data-replayed='{conversation.Messages.Count}']", new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        // Every message scored: a notice can rise to an alert while the chat goes on, and the test reads the last one.
        await browser.WaitForScoredMessagesAsync(fixture.Expected.Count + conversation.Messages.Count, TimeSpan.FromMilliseconds(Timeout));
        await page.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        var notice = await ClosedNotice.FindAsync(page);

        Assert.AreEqual(language, await notice.EvaluateAsync<string>("function () { return this.querySelector('[lang]').getAttribute('lang'); }"), "the notice speaks the browser's language");
        CollectionAssert.AreEqual(
            new[] { words["choiceTalk"], words["choiceSave"], words["choiceBlock"], words["choiceHelp"] },
            await notice.EvaluateAsync<string[]>("function () { return [...this.querySelectorAll('.choices > button')].map((button) => button.textContent.trim()); }"),
            "talk to an adult, save a copy, block or leave, get help: in that order");

        var download = await page.RunAndWaitForDownloadAsync(async () => Assert.IsTrue(await notice.ClickAsync(words["choiceSave"])), new() { Timeout = Timeout });
        var copy = await File.ReadAllTextAsync(await download.PathAsync());
        StringAssert.StartsWith(copy, words["transcriptHeader"][..words["transcriptHeader"].IndexOf('$', StringComparison.Ordinal)], "the copy says what it is, in the child's language");
        StringAssert.Contains(copy, $"{conversation.Contact}: {conversation.Messages[0].Text}", "the copy holds the conversation with who said what");

        var block = await ExpandAsync(notice, words["choiceBlock"]);
        Assert.IsFalse(block.Hidden, "block or leave opens its detail");
        Assert.IsTrue(words.ContainsKey(blockHelpKey), $"the locale has {blockHelpKey} (written by the notice's owner)");
        StringAssert.Contains(block.Text, words[blockHelpKey], "how to block or leave on this site");

        var help = await ExpandAsync(notice, words["choiceHelp"]);
        Assert.IsFalse(help.Hidden, "get help opens its detail");
        StringAssert.Contains(help.Text, language == "es" ? "Te Protejo" : "NCMEC", "the helplines of the child's country");
    }

    private static Task<Expanded> ExpandAsync(ClosedNotice notice, string buttonText) =>
        notice.EvaluateAsync<Expanded>(
            """
            function (text) {
              const button = [...this.querySelectorAll("button")].find((candidate) => candidate.textContent.trim() === text);
              button.click();
              const detail = this.getElementById(button.getAttribute("aria-controls"));
              return { hidden: detail.hidden, text: detail.textContent };
            }
            """,
            buttonText);

    private static Conversation ConversationOf(string name)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "conversations", $"{name}.json"));
        return JsonSerializer.Deserialize<Conversation>(json, Web)!;
    }

    private sealed record Expanded(bool Hidden, string Text);

    private sealed record Conversation(string Contact, IReadOnlyList<Line> Messages);

    private sealed record Line(string From, string Text);
}
