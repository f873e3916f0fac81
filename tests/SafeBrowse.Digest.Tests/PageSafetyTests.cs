using System.Text;
using System.Text.RegularExpressions;

namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed partial class PageSafetyTests
{
    [TestMethod]
    [DataRow("es")]
    [DataRow("en")]
    public void Render_BusyWeek_LoadsNothingAndRunsNothing(string language)
    {
        var html = WeeklyDigestRenderer.Render(Sample.BusyWeek(language));

        StringAssert.Contains(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        StringAssert.StartsWith(html, "<!DOCTYPE html>\n<html lang=\"" + language + "\">");
        foreach (var forbidden in new[] { "<script", "<link", "<iframe", "<img", "<object", "src=", "url(", "@import", " on" + "load=", "javascript:" })
        {
            Assert.IsFalse(html.Contains(forbidden, StringComparison.OrdinalIgnoreCase), forbidden);
        }

        foreach (var link in LinkPattern().Matches(html).Select(match => match.Groups[1].Value))
        {
            Assert.IsTrue(link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith("tel:", StringComparison.Ordinal), link);
        }
    }

    [TestMethod]
    public void Render_BusyWeek_SmallPage()
    {
        var bytes = Encoding.UTF8.GetByteCount(WeeklyDigestRenderer.Render(Sample.BusyWeek("es")));

        Assert.IsLessThan(40 * 1024, bytes);
    }

    [TestMethod]
    public void Render_SameInput_SamePage()
    {
        Assert.AreEqual(WeeklyDigestRenderer.Render(Sample.BusyWeek("en")), WeeklyDigestRenderer.Render(Sample.BusyWeek("en")));
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex LinkPattern();
}
