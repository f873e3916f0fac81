using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>The parents' page opened by a parent who sets the first PIN with the setup code the host issued.</summary>
internal static class ParentPages
{
    public const string Pin = "246810";
    private static readonly float Timeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;

    public static async Task<IPage> OpenWithNewPinAsync(ExtensionBrowser browser)
    {
        var setupCode = await ParentSetupCode.IssueAsync(browser.DataDirectory);
        var options = await browser.Context.NewPageAsync();
        await options.GotoAsync(ExtensionBrowser.OptionsUrl);
        await options.Locator("#view-setup").WaitForAsync(new() { Timeout = Timeout });
        await options.FillAsync("#setup-code", setupCode);
        await options.FillAsync("#setup-pin", Pin);
        await options.FillAsync("#setup-pin-again", Pin);
        await options.Locator("#setup-form button[type='submit']").ClickAsync();
        await options.Locator("#view-dashboard").WaitForAsync(new() { Timeout = Timeout });
        return options;
    }
}
