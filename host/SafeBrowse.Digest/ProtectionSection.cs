using System.Text;

namespace SafeBrowse.Digest;

/// <summary>
/// When SafeBrowse was not running, ran without protecting fully (with the reason and how to fix it), or was paused.
/// Told kindly: most gaps are a computer that was off, and the parent should ask rather than suspect.
/// </summary>
internal static class ProtectionSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        var facts = page.Facts;
        html.OpenSection("protection", page.Text("protection.heading"));
        if (facts.Gaps.Count == 0 && facts.Pauses.Count == 0 && facts.Impairments.Count == 0)
        {
            html.Paragraph(page.Text("protection.all_active"));
        }

        if (facts.Gaps.Count > 0)
        {
            html.Heading3(page.Text("protection.gaps"))
                .List(facts.Gaps.Select(gap => Span(page, gap, "gap")), "spans")
                .Paragraph(page.Text("gap.explain"), "muted");
        }

        if (facts.Impairments.Count > 0)
        {
            html.Heading3(page.Text("protection.impaired"))
                .List(facts.Impairments.Select(impairment => Span(page, impairment.Span, "impaired", Reason(page, impairment.Reason))), "spans");
            foreach (var reason in facts.Impairments.Select(impairment => impairment.Reason).Where(ProtectionStates.IsImpaired).Distinct(StringComparer.Ordinal))
            {
                html.Paragraph(page.Text("impaired.fix." + reason), "muted");
            }
        }

        if (facts.Pauses.Count > 0)
        {
            html.Heading3(page.Text("protection.pauses")).List(facts.Pauses.Select(pause => Span(page, pause, "pause")), "spans");
        }

        html.CloseSection();
    }

    // A reason this version does not know (a newer host wrote it) is shown as it is rather than dropped.
    private static string Reason(DigestPage page, string reason) =>
        ProtectionStates.IsImpaired(reason) ? page.Text("impaired.reason." + reason) : HtmlText.Isolate(reason);

    private static string Span(DigestPage page, DigestSpan span, string kind, string reason = "")
    {
        var duration = ("duration", page.Duration(span.Length));
        if (page.Dates.IsWithinOneDay(span))
        {
            return page.Text(
                kind + ".same_day",
                ("date", HtmlText.Escape(page.Dates.Date(span.Start))),
                ("start", HtmlText.Escape(page.Dates.Time(span.Start))),
                ("end", HtmlText.Escape(page.Dates.Time(span.End))),
                duration,
                ("reason", reason));
        }

        return page.Text(kind + ".range", ("start", page.DateTime(span.Start)), ("end", page.DateTime(span.End)), duration, ("reason", reason));
    }
}
