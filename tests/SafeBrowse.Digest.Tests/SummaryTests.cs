namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class SummaryTests
{
    [TestMethod]
    [DataRow("es", "Nada preocupante esta semana", "Esta semana nada necesita de ti.")]
    [DataRow("en", "Nothing worrying this week", "Nothing needs you this week.")]
    public void Render_EmptyWeek_CalmNothingWorryingSummary(string language, string headline, string needs)
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek(language));

        StringAssert.Contains(html, "data-status=\"calm\"");
        StringAssert.Contains(html, "<p class=\"headline\">" + headline + "</p>");
        StringAssert.Contains(html, needs);
        StringAssert.Contains(html, Sample.Html(language, "contacts.none"));
        StringAssert.Contains(html, Sample.Html(language, "protection.all_active"));
        Assert.IsFalse(html.Contains("<article", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Render_TwoContactsOneWithAnAlert_CountsThemInTheHeadline()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Events = [Sample.Notice("alex", 3, "flattery"), Sample.Notice("alex", 5, "secrecy"), Sample.Alert("sam", 30, null, "photo_request")],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<p class=\"headline\">2 contacts showed patterns worth a calm conversation; 1 was serious</p>");
        StringAssert.Contains(html, "data-status=\"serious\"");
        StringAssert.Contains(html, "<li>2 quiet notes shown to <bdi>Sofía</bdi></li>");
        StringAssert.Contains(html, "<li>1 alert</li>");
        StringAssert.Contains(html, "Find a calm moment this week to talk with <bdi>Sofía</bdi>");
    }

    [TestMethod]
    public void Render_OneNoticeOnly_SpanishSingularAndNoRush()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("es") with { Events = [Sample.Notice("alex", 3, "flattery")] });

        StringAssert.Contains(html, "<p class=\"headline\">1 contacto mostró patrones para conversar con calma</p>");
        StringAssert.Contains(html, "data-status=\"attention\"");
        StringAssert.Contains(html, "Sin afán");
        StringAssert.Contains(html, "<li>0 alertas</li>");
    }

    [TestMethod]
    public void Render_Threats_AsksToTalkTodayAndPointsToHelp()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with { Events = [Sample.Alert("sam", 3, null, "threats")] });

        StringAssert.Contains(html, "Someone pressured or threatened <bdi>Sofía</bdi>: talk today");
    }

    [TestMethod]
    public void Render_AlertContact_ListedBeforeBusierNoticeContact()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Events = [Sample.Notice("busy", 1), Sample.Notice("busy", 2), Sample.Notice("busy", 3), Sample.Alert("serious", 4, null, "meeting")],
        };

        var html = WeeklyDigestRenderer.Render(input);

        var busy = html.IndexOf("<bdi>busy</bdi>", StringComparison.Ordinal);
        var serious = html.IndexOf("<bdi>serious</bdi>", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, serious, "the alert contact must be in the digest");
        Assert.IsLessThan(busy, serious);
    }

    [TestMethod]
    public void Render_ContactDetails_FirstAndLastSeenInTheFamilyZoneWithCounts()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Events = [Sample.Notice("alex", 15.5, "flattery"), Sample.Alert("alex", 64, null, "secrecy", "flattery")],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<dd>1 notice and 1 alert</dd>");
        StringAssert.Contains(html, "<dd>from Monday, November 23 at 3:30 PM to Wednesday, November 25 at 4:00 PM</dd>");
        StringAssert.Contains(html, "<dd><ul><li>Flattery and trust building</li><li>Asked to keep the chat secret</li></ul></dd>");
    }

    [TestMethod]
    public void Render_EventOutsideTheWeek_LeftOut()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with { Events = [Sample.Notice("zz-outside", 7 * 24, "flattery")] });

        StringAssert.Contains(html, "Nothing worrying this week");
        Assert.IsFalse(html.Contains("zz-outside", StringComparison.Ordinal));
    }
}
