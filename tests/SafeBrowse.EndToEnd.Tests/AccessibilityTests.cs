using Microsoft.Playwright;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>
/// What the child and the parent see, checked in real Chromium: axe-core finds no serious or critical violation, a
/// keyboard alone reaches every choice, and at 200% zoom (640 CSS px, 320 for the notice) nothing scrolls sideways.
/// </summary>
[TestClass]
public sealed class AccessibilityTests
{
    private const string Pin = "135790";
    private const string NoticeHost = NoticeInspector.Root + ".host";
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;
    private static readonly string[] ChoicesInOrder =
        ["Talk to an adult you trust", "Save a copy for an adult", "Block or leave", "Get help now", "This note was wrong", "Close"];

    [TestMethod]
    public async Task QuietNotice_NarrowWindowAndReducedMotion_PassesAxeFitsAndLeavesFocusWithThePage()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        // The chat stops after the request for secrecy: a pattern for a quiet notice, not yet for an alert.
        await page.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=secret-en"));
        await FocusTheChatTitleAsync(page);

        var notice = page.Locator("[data-safebrowse='notice'][data-level='notice']");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await NoticeInspector.ExposeAsync(page);
        // The quiet notice fills its live region a moment after it appears, so screen readers announce the words.
        var statusText = $"() => {NoticeInspector.Root}.querySelector('[role=status]').textContent";
        await page.WaitForFunctionAsync($"() => ({statusText})() !== ''", null, new() { Timeout = Timeout });
        var status = await page.EvaluateAsync<string>(statusText);
        var focusedId = await page.EvaluateAsync<string>("() => document.activeElement.id");
        var fit = await page.EvaluateAsync<double[]>($$"""
            () => {
              const card = {{NoticeInspector.Root}}.querySelector(".card");
              const box = card.getBoundingClientRect();
              return [box.left, box.right, window.innerWidth, card.scrollWidth - card.clientWidth];
            }
            """);
        var animation = await page.EvaluateAsync<string>($"() => getComputedStyle({NoticeInspector.Root}.querySelector('.card')).animationName");
        var violations = await AxeAudit.SeriousViolationsAsync(page, NoticeHost);

        // The notice is the last thing on the page, so Tab from the page reaches its first choice after the page's own stops.
        var reachedByTab = string.Empty;
        for (var press = 0; press < 5 && !ChoicesInOrder.Contains(reachedByTab); press++)
        {
            await page.Keyboard.PressAsync("Tab");
            reachedByTab = await FocusedInNoticeAsync(page);
        }

        await page.Keyboard.PressAsync("Escape");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Timeout });

        StringAssert.Contains(status, "You're not in trouble.");
        Assert.AreEqual("title", focusedId, "a quiet notice never takes focus from the page");
        Assert.IsTrue(fit[0] >= 0 && fit[1] <= fit[2], $"the card [{fit[0]}, {fit[1]}] fits the {fit[2]} px window");
        Assert.AreEqual(0, fit[3], "nothing inside the card scrolls sideways");
        Assert.AreEqual("none", animation, "no slide-in when the reader asked for reduced motion");
        Assert.AreEqual(ChoicesInOrder[0], reachedByTab);
        Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
    }

    [TestMethod]
    public async Task AlertNotice_KeyboardOnly_ReachesEveryChoiceInOrderStaysInsideAndEscapeGivesFocusBack()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(FixtureSite.Server.UrlOf("chat.html?c=grooming-en"));
        await FocusTheChatTitleAsync(page);

        var alert = page.Locator("[data-safebrowse='notice'][data-level='alert']");
        await alert.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await NoticeInspector.ExposeAsync(page);
        var startsOn = await FocusedInNoticeAsync(page);
        var violations = await AxeAudit.SeriousViolationsAsync(page, NoticeHost);

        var walk = new List<string>();
        for (var press = 0; press < ChoicesInOrder.Length + 1; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            walk.Add(await FocusedInNoticeAsync(page));
        }

        await page.Keyboard.PressAsync("Shift+Tab");
        var backFromFirst = await FocusedInNoticeAsync(page);
        await page.Keyboard.PressAsync("Tab");
        for (var press = 0; press < 2; press++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        var blockHelp = await page.EvaluateAsync<string>($"() => {NoticeInspector.Root}.getElementById('sb-block').textContent");
        await page.Keyboard.PressAsync("Escape");
        await alert.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Timeout });
        var focusedAfter = await page.EvaluateAsync<string>("() => document.activeElement.id");

        Assert.AreEqual("alertdialog", startsOn, "an alert takes focus to its dialog");
        CollectionAssert.AreEqual(ChoicesInOrder.Append(ChoicesInOrder[0]).ToArray(), walk, "Tab visits every choice in order and wraps inside the dialog");
        Assert.AreEqual("Close", backFromFirst, "Shift+Tab from the first choice wraps to the last");
        StringAssert.StartsWith(blockHelp, "Look for \"Block\" or \"Report\"", "Enter on 'Block or leave' opens the help of a site without an adapter");
        Assert.AreEqual("title", focusedAfter, "Escape closes the alert and gives focus back to where the child was");
        Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
    }

    [TestMethod]
    public async Task Popup_KeyboardAndAxe_ReachesTheChildsPageAndTheParentsButtonWithoutViolations()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(640, 480);
        await page.GotoAsync(ExtensionBrowser.PopupUrl);
        await page.Locator("#status[data-state='connected']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var stops = await TabStopsAsync(page, 2);
        var violations = await AxeAudit.SeriousViolationsAsync(page);

        CollectionAssert.AreEqual(new[] { "What SafeBrowse does", "For parents" }, stops.ToArray());
        Assert.IsFalse(await ScrollsSidewaysAsync(page));
        Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
    }

    [TestMethod]
    public async Task WelcomePage_At640Px_PassesAxeNeverScrollsSidewaysAndItsLinksAreReachable()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync(registerHost: false);
        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(640, 800);
        await page.GotoAsync(ExtensionBrowser.WelcomeUrl);
        await page.Locator("#helplines li").First.WaitForAsync(new() { Timeout = Timeout });

        var stops = await TabStopsAsync(page, 2);
        var violations = await AxeAudit.SeriousViolationsAsync(page);

        Assert.AreEqual("en", await page.GetAttributeAsync("html", "lang"));
        Assert.AreEqual("Hi! SafeBrowse is on in this browser", await page.Locator("h1").InnerTextAsync());
        Assert.AreEqual(2, stops.Count(stop => stop.StartsWith("Call ", StringComparison.Ordinal) || stop.Contains("(opens in a new tab)", StringComparison.Ordinal)), string.Join(" | ", stops));
        Assert.IsFalse(await ScrollsSidewaysAsync(page));
        Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
    }

    [TestMethod]
    public async Task OptionsPage_SetupThenDashboard_PassAxeAt640PxAndTheChildsPageIsOneTabAwayFromTheForm()
    {
        await using var browser = await ExtensionBrowser.LaunchAsync();
        var setupCode = await ParentSetupCode.IssueAsync(browser.DataDirectory);
        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(640, 900);
        await page.GotoAsync(ExtensionBrowser.OptionsUrl);
        await page.Locator("#view-setup").WaitForAsync(new() { Timeout = Timeout });
        var setupViolations = await AxeAudit.SeriousViolationsAsync(page);
        var setupScrolls = await ScrollsSidewaysAsync(page);

        await page.Locator("#setup-later").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var afterLater = await page.EvaluateAsync<string>("() => document.activeElement.textContent");

        await page.FillAsync("#setup-code", setupCode);
        await page.FillAsync("#setup-pin", Pin);
        await page.FillAsync("#setup-pin-again", Pin);
        await page.Locator("#setup-pin-again").PressAsync("Enter");
        await page.Locator("#view-dashboard").WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#week-title:not(:empty)").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        var dashboardViolations = await AxeAudit.SeriousViolationsAsync(page);

        Assert.AreEqual(0, setupViolations.Count, string.Join("\n", setupViolations));
        Assert.IsFalse(setupScrolls);
        Assert.AreEqual("Open your child's page", afterLater);
        Assert.IsFalse(await ScrollsSidewaysAsync(page));
        Assert.AreEqual(0, dashboardViolations.Count, string.Join("\n", dashboardViolations));
    }

    // The fixture chat has nothing focusable; its heading stands in for the reply box a child was typing in.
    private static async Task FocusTheChatTitleAsync(IPage page) =>
        await page.EvaluateAsync("() => { const title = document.getElementById('title'); title.tabIndex = -1; title.focus(); }");

    private static Task<string> FocusedInNoticeAsync(IPage page) =>
        page.EvaluateAsync<string>($$"""
            () => {
              const active = {{NoticeInspector.Root}}.activeElement;
              if (!active) return document.activeElement.localName;
              return active.getAttribute("role") ?? active.textContent;
            }
            """);

    private static async Task<List<string>> TabStopsAsync(IPage page, int count)
    {
        var stops = new List<string>();
        for (var press = 0; press < count; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        }

        return stops;
    }

    private static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
