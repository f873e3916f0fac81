namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class AgeSectionTests
{
    [TestMethod]
    [DataRow("under_10")]
    [DataRow("10_12")]
    public void Render_YoungerChildUsedAThirteenPlusSite_KindNoteOncePerService(string ageBand)
    {
        var input = Sample.EmptyWeek("en") with
        {
            Child = new DigestChild("Sofía", ageBand, "CO"),
            SitesUsed = ["www.instagram.com", "instagram.com", "www.wikipedia.org"],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<li><bdi>Sofía</bdi> used Instagram this week. Instagram asks its users to be at least 13 years old.</li>");
        StringAssert.Contains(html, "This is not about punishment.");
        Assert.AreEqual(1, html.Split("used Instagram").Length - 1);
        Assert.IsFalse(html.Contains("wikipedia", StringComparison.Ordinal));
    }

    [TestMethod]
    [DataRow("13_15")]
    [DataRow("16_17")]
    [DataRow("unknown")]
    [DataRow("")]
    public void Render_TeenOrUnknownAge_NoAgeNote(string ageBand)
    {
        var input = Sample.EmptyWeek("es") with { Child = new DigestChild("Sofía", ageBand, "CO"), SitesUsed = ["web.whatsapp.com", "www.tiktok.com"] };

        var html = WeeklyDigestRenderer.Render(input);

        Assert.IsFalse(html.Contains("id=\"age\"", StringComparison.Ordinal));
        Assert.IsFalse(html.Contains("Sitios y edad", StringComparison.Ordinal));
    }
}
