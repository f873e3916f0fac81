namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class TalkSectionTests
{
    [TestMethod]
    public void Render_AnyWeek_GivesBlameFreeGuidance()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("es"));

        StringAssert.Contains(html, "sin recriminar ni culpar");
        StringAssert.Contains(html, "No borres nada");
        StringAssert.Contains(html, "No confrontes al contacto");
        StringAssert.Contains(html, "ambiente de confianza");
        Assert.IsFalse(html.Contains("class=\"starters\"", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Render_CategoriesSeen_OneStarterForEachAndNoOthers()
    {
        var input = Sample.EmptyWeek("en") with { Events = [Sample.Notice("alex", 3, "secrecy"), Sample.Notice("sam", 4, "gifts", "secrecy")] };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, Sample.Html("en", "starter.secrecy"));
        StringAssert.Contains(html, Sample.Html("en", "starter.gifts"));
        Assert.IsFalse(html.Contains(Sample.Html("en", "starter.meeting"), StringComparison.Ordinal));
        Assert.AreEqual(1, html.Split(Sample.Html("en", "starter.secrecy")).Length - 1);
    }
}
