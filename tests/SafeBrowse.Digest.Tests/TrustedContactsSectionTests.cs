namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class TrustedContactsSectionTests
{
    [TestMethod]
    public void Render_ContactMarkedThenUnmarked_SaysBothWithTheirTimes()
    {
        var input = Sample.EmptyWeek("en") with
        {
            TrustChanges =
            [
                new DigestTrustChange(Sample.Monday.AddHours(9), "web.whatsapp.com", "Mamá", "family"),
                new DigestTrustChange(Sample.Monday.AddHours(10), "discord.com", "coach_ana", null),
            ],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<h2 id=\"trusted-heading\">Family and trusted contacts</h2>");
        StringAssert.Contains(html, $"<li>{HtmlText.Isolate("Mamá")} on {HtmlText.Isolate("web.whatsapp.com")} was marked as family on Monday, November 23 at 9:00 AM.</li>");
        StringAssert.Contains(html, $"<li>{HtmlText.Isolate("coach_ana")} on {HtmlText.Isolate("discord.com")} is no longer marked as family or trusted, since Monday, November 23 at 10:00 AM.</li>");
    }

    [TestMethod]
    public void Render_ContactMarkedTrusted_SaysSoInSpanish()
    {
        var input = Sample.EmptyWeek("es") with
        {
            TrustChanges = [new DigestTrustChange(Sample.Monday.AddHours(9), "web.whatsapp.com", "Tía Rosa", "trusted")],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, $"<li>El lunes 23 de noviembre, 9:00 a. m. se marcó a {HtmlText.Isolate("Tía Rosa")} en {HtmlText.Isolate("web.whatsapp.com")} como de confianza.</li>");
        StringAssert.Contains(html, "Si ninguno de los padres lo marcó");
    }

    [TestMethod]
    public void Render_MarkBeforeTheWeek_NoSection()
    {
        var input = Sample.EmptyWeek("en") with
        {
            TrustChanges = [new DigestTrustChange(Sample.Monday.AddHours(-1), "web.whatsapp.com", "Mamá", "family")],
        };

        Assert.DoesNotContain("Family and trusted contacts", WeeklyDigestRenderer.Render(input));
    }

    [TestMethod]
    public void Render_HandleWithMarkup_IsEscaped()
    {
        var input = Sample.EmptyWeek("en") with
        {
            TrustChanges = [new DigestTrustChange(Sample.Monday.AddHours(9), "web.whatsapp.com", "<img src=x onerror=alert(1)>", "family")],
        };

        var html = WeeklyDigestRenderer.Render(input);

        Assert.DoesNotContain("<img src=x", html);
        StringAssert.Contains(html, "&lt;img src=x onerror=alert(1)&gt;");
    }
}
