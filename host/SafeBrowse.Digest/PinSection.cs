using System.Text;
using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>
/// When the parents' PIN was set, changed or reset this week. Shown only when it was: a parent who did not do it
/// learns that someone else on this computer did.
/// </summary>
internal static class PinSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        var changes = page.Facts.PinChanges;
        if (changes.Count == 0)
        {
            return;
        }

        html.OpenSection("pin", page.Text("pin.heading"))
            .List(changes.Select(change => page.Text(
                PinChangeWords.Known.Contains(change.Kind, StringComparer.Ordinal) ? "pin." + change.Kind : "pin.other",
                ("time", page.DateTime(change.At)))))
            .Paragraph(page.Text("pin.explain"), "muted")
            .CloseSection();
    }
}
