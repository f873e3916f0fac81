using System.Globalization;
using System.Text;
using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>
/// Notices and alerts per day as an inline SVG bar chart: no script and no request, so it renders in any mail
/// client or printout. Screen readers get the same numbers from its description and from a visually hidden table.
/// </summary>
internal static class WeekChart
{
    private const int Width = 640;
    private const int Height = 250;
    private const int Left = 16;
    private const int Baseline = 200;
    private const int TallestBar = 160;
    private const int BarWidth = 30;
    private const int BarSpacing = 4;
    private const double DayWidth = (Width - (2.0 * Left)) / 7;

    public static void Write(StringBuilder html, DigestPage page)
    {
        var notices = page.Facts.NoticesByDay;
        var alerts = page.Facts.AlertsByDay;
        var tallest = Math.Max(1, Math.Max(notices.Max(), alerts.Max()));
        html.OpenSection("week", page.Text("chart.heading")).Append("<figure class=\"chart\">\n")
            .Append("<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 ").Append(Number(Width)).Append(' ').Append(Number(Height))
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-title\">").Append(page.Text("chart.title"))
            .Append("</title>\n<desc id=\"chart-desc\">").Append(Description(page)).Append("</desc>\n")
            .Append("<line class=\"axis\" x1=\"").Append(Number(Left)).Append("\" y1=\"").Append(Number(Baseline))
            .Append("\" x2=\"").Append(Number(Width - Left)).Append("\" y2=\"").Append(Number(Baseline)).Append("\"/>\n");
        for (var day = 0; day < 7; day++)
        {
            var center = Left + (DayWidth * (day + 0.5));
            html.Append("<g data-day=\"").Append(Number(day + 1)).Append("\" data-notices=\"").Append(Number(notices[day]))
                .Append("\" data-alerts=\"").Append(Number(alerts[day])).Append("\">\n");
            Bar(html, RiskLevelWords.Notice, center - BarSpacing / 2.0 - BarWidth, notices[day], tallest);
            Bar(html, RiskLevelWords.Alert, center + BarSpacing / 2.0, alerts[day], tallest);
            html.Append("<text class=\"day\" x=\"").Append(Number(center)).Append("\" y=\"").Append(Number(Baseline + 28)).Append("\">")
                .Append(HtmlText.Escape(page.Dates.ShortWeekdayName(day))).Append("</text>\n</g>\n");
        }

        html.Append("</svg>\n<ul class=\"legend\">\n<li><span class=\"swatch\" data-level=\"notice\" aria-hidden=\"true\"></span>")
            .Append(page.Text("chart.legend.notices")).Append("</li>\n<li><span class=\"swatch\" data-level=\"alert\" aria-hidden=\"true\"></span>")
            .Append(page.Text("chart.legend.alerts")).Append("</li>\n</ul>\n");
        WriteTable(html, page);
        html.Append("</figure>\n").CloseSection();
    }

    private static void Bar(StringBuilder html, string level, double x, int count, int tallest)
    {
        if (count == 0)
        {
            return;
        }

        var height = Math.Max(2.0, TallestBar * count / (double)tallest);
        html.Append("<rect data-level=\"").Append(level).Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(Baseline - height))
            .Append("\" width=\"").Append(Number(BarWidth)).Append("\" height=\"").Append(Number(height)).Append("\"/>\n")
            .Append("<text class=\"count\" x=\"").Append(Number(x + (BarWidth / 2.0))).Append("\" y=\"").Append(Number(Baseline - height - 6))
            .Append("\">").Append(Number(count)).Append("</text>\n");
    }

    private static string Description(DigestPage page)
    {
        var days = Enumerable.Range(0, 7).Select(day => page.Text(
            "chart.day",
            ("day", HtmlText.Escape(page.Dates.WeekdayName(day))),
            ("notices", page.Plural("count.notices", page.Facts.NoticesByDay[day])),
            ("alerts", page.Plural("count.alerts", page.Facts.AlertsByDay[day]))));
        return page.Text("chart.desc", ("days", string.Join(HtmlText.Escape(page.Texts.Plain("format.list_separator")), days)));
    }

    private static void WriteTable(StringBuilder html, DigestPage page)
    {
        html.Append("<table class=\"visually-hidden\">\n<caption>").Append(page.Text("chart.title")).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(page.Text("chart.table.day")).Append("</th><th scope=\"col\">").Append(page.Text("chart.table.notices"))
            .Append("</th><th scope=\"col\">").Append(page.Text("chart.table.alerts")).Append("</th></tr></thead>\n<tbody>\n");
        for (var day = 0; day < 7; day++)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(page.Dates.WeekdayName(day))).Append("</th><td>")
                .Append(Number(page.Facts.NoticesByDay[day])).Append("</td><td>").Append(Number(page.Facts.AlertsByDay[day])).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
