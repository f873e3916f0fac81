namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class ContactTrendsTests
{
    [TestMethod]
    [DataRow(1, 0, "New")]
    [DataRow(4, 0, "New")]
    [DataRow(2, 1, "More")]
    [DataRow(5, 3, "More")]
    [DataRow(1, 1, "Same")]
    [DataRow(1, 3, "Same")]
    [DataRow(2, 6, "Same")]
    [DataRow(1, 6, "Fewer")]
    [DataRow(2, 12, "Fewer")]
    public void Of_ThisWeekAgainstThreeWeeksBefore_Classifies(int thisWeek, int earlier, string expected)
    {
        Assert.AreEqual(Enum.Parse<ContactTrend>(expected), ContactTrends.Of(thisWeek, earlier));
    }

    [TestMethod]
    public void Render_ContactSeenThreeWeeksBefore_SaysAboutTheSame()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Events = [Sample.Notice("alex", 10, "flattery")],
            EarlierEvents = [Sample.Notice("alex", -20 * 24, "flattery")],
        };

        StringAssert.Contains(WeeklyDigestRenderer.Render(input), "<span data-trend=\"same\">About the same</span>");
    }

    [TestMethod]
    public void Render_EarlierEventOlderThanThreeWeeks_NotCounted()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Events = [Sample.Notice("alex", 10, "flattery")],
            EarlierEvents = [Sample.Notice("alex", (-21 * 24) - 1, "flattery")],
        };

        StringAssert.Contains(WeeklyDigestRenderer.Render(input), "<span data-trend=\"new\">New this week</span>");
    }

    [TestMethod]
    public void Render_SameContactOnSiteWrittenInOtherCase_OneTrend()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Events = [Sample.Notice("alex", 10), Sample.Notice("alex", 11), Sample.Notice("alex", 12)],
            EarlierEvents = [Sample.Notice("alex", -24) with { Site = "WEB.WhatsApp.com" }],
        };

        StringAssert.Contains(WeeklyDigestRenderer.Render(input), "<span data-trend=\"more\">More than before</span>");
    }

    [TestMethod]
    public void Render_ManyEarlierEvents_SaysFewer()
    {
        var input = Sample.EmptyWeek("es") with
        {
            Events = [Sample.Notice("alex", 10)],
            EarlierEvents = [.. Enumerable.Range(1, 9).Select(day => Sample.Notice("alex", -24 * day))],
        };

        StringAssert.Contains(WeeklyDigestRenderer.Render(input), "<span data-trend=\"fewer\">Menos que antes</span>");
    }
}
