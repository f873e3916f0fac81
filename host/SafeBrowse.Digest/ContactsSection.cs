using System.Text;
using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>Each contact whose risk rose: the patterns in plain words, when, how it compares, and an excerpt only where allowed.</summary>
internal static class ContactsSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        html.OpenSection("contacts", page.Text("contacts.heading"));
        if (page.Facts.Contacts.Count == 0)
        {
            html.Paragraph(page.Text("contacts.none"));
        }
        else
        {
            html.Paragraph(page.Text("contacts.intro"), "muted");
            foreach (var contact in page.Facts.Contacts)
            {
                WriteContact(html, page, contact);
            }
        }

        html.CloseSection();
    }

    private static void WriteContact(StringBuilder html, DigestPage page, ContactSummary contact)
    {
        var level = contact.IsAlert ? RiskLevelWords.Alert : RiskLevelWords.Notice;
        html.Append("<article class=\"contact\" data-level=\"").Append(level).Append("\">\n<h3>")
            .Append(page.Text("contact.title", ("contact", HtmlText.Isolate(contact.Contact)), ("site", HtmlText.Isolate(contact.Site))))
            .Append(" <span class=\"badge\" data-level=\"").Append(level).Append("\">").Append(page.Text("level." + level)).Append("</span></h3>\n")
            .Append("<dl class=\"facts\">\n");
        Fact(html, page.Text("contact.patterns"), "<ul>" + string.Concat(contact.Categories.Select(category => "<li>" + page.Category(category) + "</li>")) + "</ul>");
        Fact(html, page.Text("contact.this_week"), Counts(page, contact));
        Fact(html, page.Text("contact.seen"), contact.FirstSeen == contact.LastSeen
            ? page.DateTime(contact.FirstSeen)
            : page.Text("contact.seen_range", ("first", page.DateTime(contact.FirstSeen)), ("last", page.DateTime(contact.LastSeen))));
        Fact(html, page.Text("contact.trend"), "<span data-trend=\"" + Trend(contact.Trend) + "\">" + page.Text("trend." + Trend(contact.Trend)) + "</span>");
        html.Append("</dl>\n");
        WriteExcerpts(html, page, contact);
        html.Append("</article>\n");
    }

    private static void WriteExcerpts(StringBuilder html, DigestPage page, ContactSummary contact)
    {
        if (contact.Excerpts.Count > 0)
        {
            html.Paragraph(page.Text("contact.excerpt"), "label");
            foreach (var excerpt in contact.Excerpts)
            {
                html.Append("<blockquote class=\"excerpt\">").Append(HtmlText.Isolate(excerpt)).Append("</blockquote>\n");
            }
        }
        else
        {
            var reason = !page.Input.ShowExcerpts ? "excerpts.hidden" : contact.IsAlert ? "excerpts.none" : "excerpts.alerts_only";
            html.Paragraph(page.Text(reason), "muted");
        }
    }

    private static string Counts(DigestPage page, ContactSummary contact)
    {
        var notices = page.Plural("count.notices", contact.Notices);
        var alerts = page.Plural("count.alerts", contact.Alerts);
        return (contact.Notices, contact.Alerts) switch
        {
            (0, _) => alerts,
            (_, 0) => notices,
            _ => page.Text("contact.count_pair", ("notices", notices), ("alerts", alerts)),
        };
    }

    private static void Fact(StringBuilder html, string termHtml, string valueHtml) =>
        html.Append("<dt>").Append(termHtml).Append("</dt><dd>").Append(valueHtml).Append("</dd>\n");

    private static string Trend(ContactTrend trend) => trend switch
    {
        ContactTrend.New => "new",
        ContactTrend.More => "more",
        ContactTrend.Fewer => "fewer",
        _ => "same",
    };
}
