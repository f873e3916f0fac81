namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Breakout = "\"><img src=x onerror=alert(1)>";

    [TestMethod]
    [DataRow(Script)]
    [DataRow(Breakout)]
    [DataRow("'><svg onload=alert(1)>")]
    public void Render_HostileTextInEveryInputString_ComesOutInert(string hostile)
    {
        var input = Sample.EmptyWeek("en") with
        {
            Child = new DigestChild(hostile, "10_12", hostile),
            Events =
            [
                new DigestEvent(hostile, hostile, Sample.Monday.AddHours(3), "alert", [hostile, "secrecy"], hostile),
                new DigestEvent("discord.com", hostile, Sample.Monday.AddHours(4), "notice", [hostile], hostile),
            ],
            Feedback = [new DigestFeedback(hostile, hostile, Sample.Monday.AddHours(5), [hostile], hostile)],
            SitesUsed = [hostile],
            StorageProblems = [new DigestStorageProblem(Sample.Monday.AddHours(6), hostile)],
            ShowExcerpts = true,
        };

        var html = WeeklyDigestRenderer.Render(input);

        Assert.IsFalse(html.Contains("<script", StringComparison.OrdinalIgnoreCase));
        Assert.IsFalse(html.Contains("<img", StringComparison.OrdinalIgnoreCase));
        Assert.IsFalse(html.Contains("<svg onload", StringComparison.OrdinalIgnoreCase));
        StringAssert.Contains(html, HtmlText.Escape(hostile));
    }

    [TestMethod]
    public void Render_AttributeBreakoutInContactName_StaysInsideTheHeading()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with { Events = [Sample.Notice(Breakout, 3, "gifts")] });

        StringAssert.Contains(html, "<h3><bdi>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</bdi> on <bdi>web.whatsapp.com</bdi>");
    }

    [TestMethod]
    public void Escape_ControlCharacters_Dropped()
    {
        Assert.AreEqual("a&amp;b&lt;c&gt;&quot;&#39;d", HtmlText.Escape("a&b<c>\"'\u0000\u0008\u001bd"));
    }

    [TestMethod]
    public void Render_ValueContainingAPlaceholder_NotFilledAgain()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with { Events = [Sample.Notice("{name}", 3, "gifts")] });

        StringAssert.Contains(html, "<bdi>{name}</bdi> on");
    }
}
