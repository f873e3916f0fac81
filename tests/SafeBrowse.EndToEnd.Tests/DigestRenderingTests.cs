using Microsoft.Playwright;
using SafeBrowse.Digest;
using SafeBrowse.EndToEnd.Tests.Support;

namespace SafeBrowse.EndToEnd.Tests;

/// <summary>The weekly digest as a parent's browser shows it: headings visible, the chart drawn, nothing fetched, nothing failing.</summary>
[TestClass]
public sealed class DigestRenderingTests(TestContext testContext)
{
    [TestMethod]
    [DataRow("es", "La semana en 30 segundos|Contactos cuyo riesgo subió|La semana día a día|Cómo hablarlo|Dónde pedir ayuda")]
    [DataRow("en", "This week in 30 seconds|Contacts whose risk rose|The week day by day|How to talk about it|Where to get help")]
    public async Task SampleWeek_OpenedInChromium_ShowsEverySectionWithoutAnyRequest(string language, string headings)
    {
        if (!File.Exists(ExtensionBrowser.ChromiumPath))
        {
            Assert.Inconclusive($"No Chromium at {ExtensionBrowser.ChromiumPath}.");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExtensionBrowser.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1200 } });
        var requests = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            lock (requests)
            {
                requests.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.SetContentAsync(WeeklyDigestRenderer.Render(SampleWeek(language)), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });

        foreach (var heading in headings.Split('|'))
        {
            Assert.IsTrue(await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading, Exact = true }).IsVisibleAsync(), heading);
        }

        var chart = await page.Locator("svg[role='img']").BoundingBoxAsync();
        Assert.IsNotNull(chart);
        Assert.IsGreaterThan(100f, chart.Width);
        Assert.IsGreaterThan(50f, chart.Height);
        Assert.AreEqual(5, await page.Locator("svg rect").CountAsync(), "one bar for each day and level with events: Mon, Tue, Thu notices; Wed, Sat alerts");

        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;
        var screenshot = Path.Combine(folder, $"digest-{language}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        testContext.AddResultFile(screenshot);

        // 320 CSS pixels wide is what a 1280-pixel window shows at 400% zoom; reflowing there covers 200% with room to spare.
        await page.SetViewportSizeAsync(320, 800);
        Assert.IsTrue(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling when zoomed");

        Assert.IsEmpty(requests, string.Join(", ", requests));
        Assert.IsEmpty(errors, string.Join(", ", errors));
    }

    private static DigestInput SampleWeek(string language)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
        var week = new IsoWeek(2026, 48);
        var monday = week.StartIn(zone);
        var end = week.EndIn(zone);
        var spanish = language == "es";
        DigestEvent Event(string site, string contact, double hours, string level, string[] categories, string? excerpt = null) =>
            new(site, contact, monday.AddHours(hours), level, categories, excerpt);

        return new DigestInput(
            new DigestChild(spanish ? "Valentina" : "Emma", "10_12", spanish ? "CO" : "GB"),
            week,
            language,
            zone,
            end.AddHours(8),
            Events:
            [
                Event("web.whatsapp.com", "andres_fc", 16.5, "notice", ["flattery"]),
                Event("web.whatsapp.com", "andres_fc", 40.2, "notice", ["secrecy", "flattery"]),
                Event("web.whatsapp.com", "andres_fc", 63.8, "alert", ["photo_request", "secrecy"],
                    spanish ? "mándame una foto, pero no le digas a tus papás" : "send me a photo but don't tell your parents"),
                Event("discord.com", "nightowl", 89.5, "notice", ["gifts", "private_channel"]),
                Event("discord.com", "nightowl", 91, "notice", ["private_channel"]),
                Event("www.instagram.com", "<script>alert(1)</script>", 130.4, "alert", ["threats", "meeting"],
                    "\"><img src=x onerror=alert(1)>"),
            ],
            EarlierEvents: [Event("discord.com", "nightowl", -200, "notice", ["gifts"])],
            Feedback:
            [
                new DigestFeedback("discord.com", "nightowl", monday.AddHours(91.1), ["private_channel"], null),
                new DigestFeedback("web.whatsapp.com", "andres_fc", monday.AddHours(16.6), ["flattery"], "disagree"),
            ],
            ActiveSpans:
            [
                new DigestSpan(monday.AddHours(7), monday.AddHours(22)),
                new DigestSpan(monday.AddHours(31), monday.AddHours(46)),
                new DigestSpan(monday.AddHours(55), monday.AddHours(140)),
                new DigestSpan(monday.AddHours(146), end),
            ],
            Pauses: [new DigestSpan(monday.AddHours(100), monday.AddHours(101.5))],
            SitesUsed: ["web.whatsapp.com", "www.instagram.com", "discord.com", "es.wikipedia.org"],
            StorageProblems: [new DigestStorageProblem(monday.AddHours(50), "write_failed")],
            PinChanges: [new DigestPinChange(monday.AddHours(20), "set")],
            ShowExcerpts: true);
    }
}
