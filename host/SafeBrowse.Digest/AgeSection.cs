using System.Globalization;
using System.Text;

namespace SafeBrowse.Digest;

/// <summary>Sites whose minimum age is above the child's, as a prompt to set them up together rather than a rule broken.</summary>
internal static class AgeSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        var services = page.Facts.AgeLimitedSites;
        if (services.Count == 0)
        {
            return;
        }

        html.OpenSection("age", page.Text("age.heading"))
            .List(services.Select(service => page.Text(
                "age.item",
                ("service", HtmlText.Escape(service.Name)),
                ("age", service.MinimumAge.ToString(CultureInfo.InvariantCulture)))))
            .Paragraph(page.Text("age.talk"))
            .CloseSection();
    }
}
