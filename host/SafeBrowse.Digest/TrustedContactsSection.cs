using System.Text;

namespace SafeBrowse.Digest;

/// <summary>
/// Contacts marked as family or trusted, or unmarked, this week. Logistics from a marked contact raise nothing, so a
/// parent who did not mark one learns that someone else did.
/// </summary>
internal static class TrustedContactsSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        var start = page.Input.Week.StartIn(page.Input.TimeZone);
        var end = page.Input.Week.EndIn(page.Input.TimeZone);
        var changes = page.Input.TrustChanges.Where(change => change.At >= start && change.At < end).OrderBy(change => change.At).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        html.OpenSection("trusted", page.Text("trusted.heading"))
            .List(changes.Select(change => page.Text(
                change.Kind switch
                {
                    "family" => "trusted.family",
                    "trusted" => "trusted.trusted",
                    null => "trusted.removed",
                    _ => "trusted.other",
                },
                ("contact", HtmlText.Isolate(change.Contact)),
                ("site", HtmlText.Isolate(change.Site)),
                ("time", page.DateTime(change.At)))))
            .Paragraph(page.Text("trusted.explain"), "muted")
            .CloseSection();
    }
}
