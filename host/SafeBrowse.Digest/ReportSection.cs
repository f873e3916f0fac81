using System.Text;

namespace SafeBrowse.Digest;

/// <summary>Where to report or get help, by the child's country; a country without a list gets the plain general advice.</summary>
internal static class ReportSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        html.OpenSection("report", page.Text("report.heading")).Paragraph(page.Text("report.intro"));
        var country = ReportPlaces.For(page.Input.Child.Country);
        if (country is null)
        {
            html.Paragraph(page.Text("report.other")).Paragraph(page.Text("report.international"))
                .List([Place(page, ReportPlaces.CyberTipline)], "places");
        }
        else
        {
            html.Heading3(page.Text("report.country", ("country", page.Text("country." + country.Code))))
                .Paragraph(page.Text("report.emergency", ("number", Phone(country.Emergency))), "emergency")
                .List(country.Places.Select(place => Place(page, place)), "places");
        }

        html.CloseSection();
    }

    private static string Place(DigestPage page, ReportPlace place)
    {
        var links = new List<string>();
        if (place.Link is not null)
        {
            links.Add("<a href=\"" + HtmlText.Escape(place.Link.AbsoluteUri) + "\">" + HtmlText.Escape(place.Link.Host.Replace("www.", string.Empty, StringComparison.Ordinal)) + "</a>");
        }

        if (place.Phone is not null)
        {
            links.Add(page.Text("report.call", ("number", Phone(place.Phone))));
        }

        return page.Text(place.TextKey) + (links.Count > 0 ? "<br>" + string.Join(" · ", links) : string.Empty);
    }

    private static string Phone(string number) =>
        "<a href=\"tel:" + HtmlText.Escape(new string([.. number.Where(character => char.IsAsciiDigit(character) || character == '+')])) + "\">"
        + HtmlText.Escape(number) + "</a>";
}
