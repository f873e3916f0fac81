using System.Text.RegularExpressions;

namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed partial class WeekChartTests
{
    [TestMethod]
    public void Render_EventsAcrossTheWeek_SvgCountsEachDayInTheFamilyZone()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Events =
            [
                Sample.Notice("a", 10), Sample.Notice("b", 11),
                Sample.Alert("c", 48 + 9, null, "meeting"),
                Sample.Notice("d", (6 * 24) + 23.5),
                Sample.Alert("e", (6 * 24) + 23.9, null, "threats"),
            ],
        };

        var html = WeeklyDigestRenderer.Render(input);

        var days = DayGroupPattern().Matches(html).Select(match => (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value)).ToList();
        CollectionAssert.AreEqual(
            new[] { ("1", "2", "0"), ("2", "0", "0"), ("3", "0", "1"), ("4", "0", "0"), ("5", "0", "0"), ("6", "0", "0"), ("7", "1", "1") },
            days);
        var rows = TableRowPattern().Matches(html).Select(match => (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value)).ToList();
        CollectionAssert.AreEqual(
            new[] { ("Monday", "2", "0"), ("Tuesday", "0", "0"), ("Wednesday", "0", "1"), ("Thursday", "0", "0"), ("Friday", "0", "0"), ("Saturday", "0", "0"), ("Sunday", "1", "1") },
            rows);
    }

    [TestMethod]
    public void Render_Chart_IsAnAccessibleInlineImage()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("es") with { Events = [Sample.Notice("a", 10)] });

        StringAssert.Contains(html, "<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\"");
        StringAssert.Contains(html, "<title id=\"chart-title\">Avisos y alertas por día</title>");
        StringAssert.Contains(html, "lunes: 1 aviso y 0 alertas; martes: 0 avisos y 0 alertas;");
        StringAssert.Contains(html, "<table class=\"visually-hidden\">");
    }

    [TestMethod]
    public void Render_BusiestDay_GetsTheTallestBarAndQuietDaysNone()
    {
        var input = Sample.EmptyWeek("en") with { Events = [Sample.Notice("a", 1), Sample.Notice("a", 2), Sample.Notice("a", 30)] };

        var html = WeeklyDigestRenderer.Render(input);

        var heights = BarPattern().Matches(html).Select(match => match.Groups[1].Value).ToList();
        CollectionAssert.AreEqual(new[] { "160", "80" }, heights);
    }

    [GeneratedRegex("<g data-day=\"(\\d)\" data-notices=\"(\\d+)\" data-alerts=\"(\\d+)\">")]
    private static partial Regex DayGroupPattern();

    [GeneratedRegex("<tr><th scope=\"row\">(\\w+)</th><td>(\\d+)</td><td>(\\d+)</td></tr>")]
    private static partial Regex TableRowPattern();

    [GeneratedRegex("<rect data-level=\"notice\"[^>]* height=\"([\\d.]+)\"")]
    private static partial Regex BarPattern();
}
