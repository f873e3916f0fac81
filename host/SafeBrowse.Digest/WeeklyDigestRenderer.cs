using System.Text;

namespace SafeBrowse.Digest;

/// <summary>
/// The weekly digest as one self-contained HTML page: no script, no request, every input string escaped, so a
/// parent can open it anywhere and a stranger's contact name cannot run code in it.
/// </summary>
public static class WeeklyDigestRenderer
{
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static string Render(DigestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var page = DigestPage.Of(input);
        var title = page.Text("page.title");
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(page.Texts.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(page.Texts.Plain("page.title", ("name", input.Child.Name)))).Append("</title>\n")
            .Append("<style>").Append(PageStyle.Css).Append("</style>\n</head>\n<body>\n<div class=\"page\">\n");

        html.Append("<header>\n<h1>").Append(title).Append("</h1>\n<p class=\"week\">")
            .Append(page.Text("page.week", ("range", HtmlText.Escape(page.Dates.WeekRange(input.Week))))).Append("</p>\n");
        if (page.Facts.IsWeekInProgress)
        {
            html.Append("<p class=\"muted\">").Append(page.Text("page.in_progress", ("time", page.DateTime(page.Facts.CoveredUntil)))).Append("</p>\n");
        }

        html.Append("<p class=\"muted\">").Append(page.Text("page.about")).Append("</p>\n</header>\n<main>\n");
        SummarySection.Write(html, page);
        ContactsSection.Write(html, page);
        WeekChart.Write(html, page);
        FeedbackSection.Write(html, page);
        ProtectionSection.Write(html, page);
        PinSection.Write(html, page);
        TrustedContactsSection.Write(html, page);
        AgeSection.Write(html, page);
        StorageSection.Write(html, page);
        TalkSection.Write(html, page);
        ReportSection.Write(html, page);
        html.Append("</main>\n<footer>\n<p class=\"muted\">").Append(page.Text("page.generated", ("time", page.DateTime(input.GeneratedAt))))
            .Append("</p>\n</footer>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }
}
