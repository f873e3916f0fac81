using System.Text;

namespace SafeBrowse.Digest;

/// <summary>What a parent reads in 30 seconds: how the week went, what needs them, and the numbers.</summary>
internal static class SummarySection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        var facts = page.Facts;
        var status = facts.SeriousContacts > 0 ? "serious" : facts.Contacts.Count > 0 ? "attention" : "calm";
        html.Append("<section id=\"summary\" class=\"summary\" data-status=\"").Append(status)
            .Append("\" aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">").Append(page.Text("summary.heading")).Append("</h2>\n");
        if (facts.Contacts.Count == 0)
        {
            html.Paragraph(page.Text("summary.calm.headline"), "headline").Paragraph(page.Text("summary.calm.body"));
        }
        else
        {
            html.Paragraph(Headline(page), "headline");
        }

        html.Heading3(page.Text("summary.needs")).List(Needs(page), "needs");
        html.Heading3(page.Text("summary.numbers")).List(Numbers(page), "numbers");
        html.CloseSection();
    }

    private static string Headline(DigestPage page)
    {
        var contacts = page.Plural("summary.contacts", page.Facts.Contacts.Count);
        var serious = page.Facts.SeriousContacts;
        return serious == 0
            ? contacts
            : page.Text("summary.headline.serious", ("contacts", contacts), ("serious", page.Plural("summary.serious", serious)));
    }

    private static List<string> Needs(DigestPage page)
    {
        var facts = page.Facts;
        var needs = new List<string>();
        if (facts.CategoriesSeen.Contains("threats"))
        {
            needs.Add(page.Text("needs.threats"));
        }

        if (facts.SeriousContacts > 0)
        {
            needs.Add(page.Text("needs.alert"));
        }
        else if (facts.Contacts.Count > 0)
        {
            needs.Add(page.Text("needs.notice"));
        }

        if (facts.FeedbackAwaitingReview > 0)
        {
            needs.Add(page.Plural("needs.feedback", facts.FeedbackAwaitingReview));
        }

        if (facts.StorageProblems.Count > 0)
        {
            needs.Add(page.Text("needs.storage"));
        }

        // A quiet week says little when SafeBrowse could not read the chats: the parent must hear it here, not only below.
        if (facts.Impairments.Count > 0)
        {
            needs.Add(page.Text("needs.impaired", ("duration", page.Duration(facts.ImpairedTime))));
        }

        if (facts.AgeLimitedSites.Count > 0)
        {
            needs.Add(page.Text("needs.age_sites"));
        }

        return needs.Count > 0 ? needs : [page.Text("needs.nothing")];
    }

    private static List<string> Numbers(DigestPage page)
    {
        var facts = page.Facts;
        var numbers = new List<string>
        {
            page.Plural("stat.notices", facts.Notices),
            page.Plural("stat.alerts", facts.Alerts),
        };
        if (facts.Feedback.Count > 0)
        {
            numbers.Add(page.Plural("stat.feedback", facts.Feedback.Count));
        }

        if (facts.InactiveTime > TimeSpan.Zero)
        {
            numbers.Add(page.Text("stat.inactive", ("duration", page.Duration(facts.InactiveTime))));
        }

        if (facts.ImpairedTime > TimeSpan.Zero)
        {
            numbers.Add(page.Text("stat.impaired", ("duration", page.Duration(facts.ImpairedTime))));
        }

        if (facts.PausedTime > TimeSpan.Zero)
        {
            numbers.Add(page.Text("stat.paused", ("duration", page.Duration(facts.PausedTime))));
        }

        return numbers;
    }
}
