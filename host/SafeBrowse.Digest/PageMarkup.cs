using System.Text;

namespace SafeBrowse.Digest;

/// <summary>The few element shapes the sections repeat. Every argument is HTML already; nothing here escapes.</summary>
internal static class PageMarkup
{
    public static StringBuilder OpenSection(this StringBuilder html, string id, string headingHtml) =>
        html.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-heading\">\n<h2 id=\"")
            .Append(id).Append("-heading\">").Append(headingHtml).Append("</h2>\n");

    public static StringBuilder CloseSection(this StringBuilder html) => html.Append("</section>\n");

    public static StringBuilder Paragraph(this StringBuilder html, string contentHtml, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<p>" : "<p class=\"" + cssClass + "\">");
        return html.Append(contentHtml).Append("</p>\n");
    }

    public static StringBuilder Heading3(this StringBuilder html, string contentHtml) =>
        html.Append("<h3>").Append(contentHtml).Append("</h3>\n");

    public static StringBuilder List(this StringBuilder html, IEnumerable<string> itemsHtml, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<ul>\n" : "<ul class=\"" + cssClass + "\">\n");
        foreach (var item in itemsHtml)
        {
            html.Append("<li>").Append(item).Append("</li>\n");
        }

        return html.Append("</ul>\n");
    }
}
