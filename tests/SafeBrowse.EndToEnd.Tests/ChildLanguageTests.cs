using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// A child's words follow the language a parent set for the child's profile, not the browser's: a Spanish-speaking
/// child in an English browser reads the note, the first-run page and the toolbar window in Spanish.
/// </summary>
[TestClass]
public sealed class ChildLanguageTests
{
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;

    [TestMethod]
    public async Task SpanishChildProfile_InAnEnglishBrowser_SeesTheNoticeFirstRunPageAndPopupInSpanish()
    {
        var spanish = ExtensionMessages.Of("es");
        await using var browser = await ExtensionBrowser.LaunchAsync(language: "en");
        var options = await ParentPages.OpenWithNewPinAsync(browser);

        // The family's default profile, which this browser's child gets until a parent assigns another.
        await options.Locator("#profiles-list button").First.ClickAsync(new() { Timeout = Timeout });
        // The default profile's age is unknown, which the form does not offer: the parent picks one as they edit.
        await options.SelectOptionAsync("#profile-age", "10_12");
        await options.SelectOptionAsync("#profile-language", "es");
        await options.Locator("#profile-form button[type='submit']").ClickAsync();
        await options.Locator("#profiles-status:not(:empty), #profile-error:not(:empty)").First.WaitForAsync(new() { Timeout = Timeout });
        Assert.AreEqual(string.Empty, await options.Locator("#profile-error").InnerTextAsync(), "the host saved the profile");

        var chat = await browser.Context.NewPageAsync();
        await chat.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=grooming-en"));
        await chat.Locator("[data-safebrowse='notice']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await NoticeInspector.ExposeAsync(chat);
        var noticeLanguage = await chat.EvaluateAsync<string>($"() => {NoticeInspector.Root}.querySelector('[lang]').getAttribute('lang')");
        var heading = await chat.EvaluateAsync<string>($"() => {NoticeInspector.Root}.querySelector('h2').textContent");

        var welcome = await browser.Context.NewPageAsync();
        await welcome.GotoAsync(ExtensionBrowser.WelcomeUrl);
        await welcome.Locator("html[lang='es']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        var welcomeTitle = await welcome.Locator("h1").InnerTextAsync();
        var popup = await browser.Context.NewPageAsync();
        await popup.GotoAsync(ExtensionBrowser.PopupUrl);
        await popup.Locator("html[lang='es']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.AreEqual("es", noticeLanguage, "the notice speaks the child's language");
        Assert.AreEqual(spanish["noticeHeading"], heading);
        Assert.AreEqual(spanish["welcomeTitle"], welcomeTitle);
    }
}
