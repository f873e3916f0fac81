namespace SafeBrowse.Digest;

/// <summary>
/// The page's only style sheet, inline because the page loads nothing. Sizes are in rem so the page reflows at 200%
/// zoom; colours keep text at 4.5:1 and chart bars at 3:1 against their background; print drops the tints and
/// spells out link addresses.
/// </summary>
internal static class PageStyle
{
    public const string Css = """
        :root{--ink:#1f2933;--muted:#4a5560;--line:#cfd6dd;--tint:#f4f6f8;--calm:#1e6b3a;--notice:#8a5a00;--notice-bar:#c27c0e;--alert:#a4262c;--link:#0b57d0}
        *{box-sizing:border-box}
        body{margin:0;background:#fff;color:var(--ink);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        .page{max-width:48rem;margin:0 auto;padding:1.5rem 1rem 3rem}
        h1{font-size:1.75rem;line-height:1.25;margin:0 0 .25rem}
        h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .75rem;padding-top:1.25rem;border-top:1px solid var(--line)}
        h3{font-size:1.1rem;line-height:1.35;margin:1.25rem 0 .5rem}
        .summary h2{border-top:0;padding-top:0;margin-top:0}
        .week{font-size:1.1rem;margin:0 0 .75rem}
        .muted{color:var(--muted)}
        a{color:var(--link)}
        bdi,.excerpt{overflow-wrap:anywhere}
        ul{padding-left:1.25rem}
        li{margin:.25rem 0}
        .summary{margin-top:1.5rem;padding:1rem 1.25rem;background:var(--tint);border-left:.5rem solid var(--calm);border-radius:.25rem}
        .summary[data-status=attention]{border-left-color:var(--notice)}
        .summary[data-status=serious]{border-left-color:var(--alert)}
        .headline{font-size:1.3rem;font-weight:700;line-height:1.35;margin:0 0 .5rem}
        .contact{margin:1rem 0;padding:1rem 1.25rem;border:1px solid var(--line);border-left:.375rem solid var(--notice);border-radius:.375rem}
        .contact[data-level=alert]{border-left-color:var(--alert)}
        .contact h3{margin-top:0}
        .badge{display:inline-block;margin-left:.25rem;padding:.05rem .6rem;border-radius:1rem;background:var(--notice);color:#fff;font-size:.85rem;font-weight:600;vertical-align:.1rem}
        .badge[data-level=alert]{background:var(--alert)}
        .facts{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:.5rem 0}
        .facts dt{font-weight:600}
        .facts dd{margin:0}
        .facts ul{margin:0;padding-left:1.1rem}
        .label{font-weight:600;margin-bottom:.25rem}
        .excerpt{margin:.25rem 0 .75rem;padding:.5rem .75rem;background:var(--tint);border-left:.25rem solid var(--alert);white-space:pre-wrap}
        .chart{margin:0}
        .chart svg{display:block;width:100%;max-width:40rem;height:auto}
        .chart .axis{stroke:var(--muted);stroke-width:1.5}
        .chart rect[data-level=notice],.swatch[data-level=notice]{fill:var(--notice-bar);background:var(--notice-bar)}
        .chart rect[data-level=alert],.swatch[data-level=alert]{fill:var(--alert);background:var(--alert)}
        .chart text{fill:var(--ink);font-size:16px;text-anchor:middle}
        .chart .count{font-weight:700}
        .legend{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;padding:0}
        .swatch{display:inline-block;width:1rem;height:1rem;margin-right:.4rem;border-radius:.15rem;vertical-align:-.15rem}
        .verdict{font-style:italic}
        .emergency{font-weight:600}
        .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
        @media (max-width:30rem){.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.5rem}}
        @media print{body{font-size:11pt}.page{max-width:none;padding:0}.summary,.excerpt{background:none}.summary,.contact{break-inside:avoid}h2,h3{break-after:avoid}a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.9em}.chart rect,.swatch{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
        """;
}
