using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;
using SafeBrowse.Storage;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>"This note was wrong" in real Chromium: the child is thanked, and the host keeps the report for the parent.</summary>
[TestClass]
public sealed class NoteWasWrongTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    private const string PressWrong = $$"""
        (label) => {
          [...{{NoticeInspector.Root}}.querySelectorAll("button")].find((button) => button.textContent.trim() === label).click();
        }
        """;

    private const string Thanks = $"() => {NoticeInspector.Root}.querySelector('.thanks')?.textContent ?? ''";

    [TestMethod]
    [DataRow("es")]
    [DataRow("en")]
    public async Task ChildSaysTheNoteWasWrong_OnWhatsApp_IsThankedAndTheParentCanSeeIt(string language)
    {
        var words = ExtensionMessages.Of(language);
        var fixture = SiteFixture.Load("whatsapp");
        await using var browser = await ExtensionBrowser.LaunchAsync(language: language);
        await fixture.ServeAsync(browser.Context);
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(fixture.UrlWith($"c=grooming-{language}"));
        await page.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await NoticeInspector.ExposeAsync(page);
        var level = await page.Locator("[data-safebrowse='notice']").GetAttributeAsync("data-level");
        await page.EvaluateAsync(PressWrong, words["choiceWrong"]);
        await page.WaitForFunctionAsync($"() => ({Thanks})() !== ''", null, new() { Timeout = Timeout });

        var thanks = await page.EvaluateAsync<string>(Thanks);
        if (level == "alert")
        {
            Assert.AreEqual(words["wrongThanksStaysOn"], thanks, "an alert stays on: thanked without being promised quiet");
        }
        else
        {
            CollectionAssert.Contains(new[] { words["wrongThanks"], words["wrongThanksStaysOn"] }, thanks, "thanked, and told it was recorded");
        }

        var reports = ReportsIn(browser.DataDirectory);
        Assert.HasCount(1, reports);
        Assert.AreEqual("web.whatsapp.com", reports[0].Site, "the site comes from the tab, not from the page");
        Assert.IsNotEmpty(reports[0].Categories, "the parent sees which patterns the child disagreed with");
        Assert.IsNull(reports[0].Verdict, "waiting for the parent's review");
    }

    private static IReadOnlyList<FeedbackEntry> ReportsIn(string dataDirectory)
    {
        var reports = FamilyDatabase.Open(dataDirectory, TimeProvider.System).Feedback.Since(DateTimeOffset.UtcNow.AddHours(-1));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return reports;
    }
}
