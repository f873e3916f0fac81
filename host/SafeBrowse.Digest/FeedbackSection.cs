using System.Text;
using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>The times the child said a notice was wrong, and what the parent decided: it shows the child is heard.</summary>
internal static class FeedbackSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        html.OpenSection("feedback", page.Text("feedback.heading"));
        if (page.Facts.Feedback.Count == 0)
        {
            html.Paragraph(page.Text("feedback.none"));
        }
        else
        {
            html.Paragraph(page.Text("feedback.intro"), "muted").List(page.Facts.Feedback.Select(feedback => Item(page, feedback)), "feedback");
        }

        html.CloseSection();
    }

    private static string Item(DigestPage page, DigestFeedback feedback)
    {
        var verdict = feedback.Verdict switch
        {
            FeedbackVerdictWords.Agree => "verdict." + FeedbackVerdictWords.Agree,
            FeedbackVerdictWords.Disagree => "verdict." + FeedbackVerdictWords.Disagree,
            _ => "verdict.pending",
        };
        var serious = feedback.Serious ? " <strong class=\"serious\">" + page.Text("feedback.serious") + "</strong>" : string.Empty;
        return page.Text(
                "feedback.item",
                ("contact", HtmlText.Isolate(feedback.Contact)),
                ("site", HtmlText.Isolate(feedback.Site)),
                ("time", page.DateTime(feedback.At)),
                ("patterns", page.Categories(feedback.Categories)))
            + serious
            + " <span class=\"verdict\" data-verdict=\"" + verdict["verdict.".Length..] + "\">" + page.Text(verdict) + "</span>";
    }
}
