using SafeBrowse.Protocol;

namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class ExcerptVisibilityTests
{
    private const string Excerpt = "send me a pic, just for me";

    [TestMethod]
    [DataRow(true, "alert", true)]
    [DataRow(false, "alert", false)]
    [DataRow(true, "notice", false)]
    [DataRow(true, "ALERT", false)]
    [DataRow(true, "none", false)]
    public void Allows_SettingAndLevel_OnlyAlertsTheFamilyAllows(bool showExcerpts, string level, bool expected)
    {
        var digestEvent = new DigestEvent("discord.com", "alex", Sample.Monday, level, ["photo_request"], Excerpt);

        Assert.AreEqual(expected, ExcerptVisibility.Allows(digestEvent, showExcerpts));
    }

    [TestMethod]
    public void Render_AlertWithExcerptsAllowed_ShowsTheExcerpt()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with
        {
            Events = [Sample.Alert("alex", 10, Excerpt, "photo_request")],
            ShowExcerpts = true,
        });

        StringAssert.Contains(html, "<blockquote class=\"excerpt\"><bdi>" + Excerpt + "</bdi></blockquote>");
    }

    [TestMethod]
    public void Render_ExcerptsOff_HidesTheAlertExcerptAndSaysWhy()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with
        {
            Events = [Sample.Alert("alex", 10, Excerpt, "photo_request")],
            ShowExcerpts = false,
        });

        Assert.IsFalse(html.Contains(Excerpt, StringComparison.Ordinal));
        StringAssert.Contains(html, "Excerpts are hidden by your family’s settings.");
    }

    [TestMethod]
    public void Render_NoticeCarryingAnExcerpt_NeverShowsIt()
    {
        var notice = Sample.Notice("alex", 10, "photo_request") with { Excerpt = Excerpt };

        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("es") with { Events = [notice], ShowExcerpts = true });

        Assert.IsFalse(html.Contains(Excerpt, StringComparison.Ordinal));
        StringAssert.Contains(html, "Sin fragmento: SafeBrowse solo guarda fragmentos de las alertas.");
    }

    [TestMethod]
    public void Render_LongExcerpt_Shortened()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with
        {
            Events = [Sample.Alert("alex", 10, new string('a', 1000), "photo_request")],
            ShowExcerpts = true,
        });

        StringAssert.Contains(html, new string('a', ExcerptRule.MaxLength - 1) + "…</bdi>");
        Assert.IsFalse(html.Contains(new string('a', ExcerptRule.MaxLength), StringComparison.Ordinal));
    }
}
