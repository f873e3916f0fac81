using System.Text;

namespace SafeBrowse.Digest;

/// <summary>
/// How to talk with the child without blame (research: product-anchors.md §3.2), then one opener for each pattern
/// the week showed. Findings are prompts for a conversation, never grounds for punishment.
/// </summary>
internal static class TalkSection
{
    private static readonly string[] Guidance =
        ["talk.calm", "talk.not_their_fault", "talk.trust", "talk.keep_copy", "talk.no_confronting", "talk.together"];

    public static void Write(StringBuilder html, DigestPage page)
    {
        html.OpenSection("talk", page.Text("talk.heading"))
            .Paragraph(page.Text("talk.intro"))
            .List(Guidance.Select(key => page.Text(key)), "guidance");
        var seen = page.Facts.CategoriesSeen;
        if (seen.Count > 0)
        {
            html.Heading3(page.Text("talk.tailored"))
                .List(seen.Select(category => "<strong>" + page.Category(category) + "</strong>. " + page.Text("starter." + category)), "starters");
        }

        html.CloseSection();
    }
}
