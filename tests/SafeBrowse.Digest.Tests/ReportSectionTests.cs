namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class ReportSectionTests
{
    [TestMethod]
    [DataRow("CO", "https://www.teprotejocolombia.org/", "tel:141", "https://caivirtual.policia.gov.co/", "tel:123")]
    [DataRow("co", "https://www.teprotejocolombia.org/", "tel:141", "https://caivirtual.policia.gov.co/", "tel:123")]
    [DataRow("CL", "https://www.pdichile.cl/", "tel:+56934599762", "tel:133", "PDI Cibercrimen")]
    [DataRow("ES", "https://www.incibe.es/linea-de-ayuda-en-ciberseguridad", "tel:017", "tel:112", "INCIBE 017")]
    [DataRow("US", "https://report.cybertip.org/", "tel:18008435678", "tel:911", "CyberTipline")]
    [DataRow("GB", "https://www.ceop.police.uk/Safety-Centre/", "tel:08001111", "tel:999", "Childline")]
    public void Render_Country_ListsItsPlacesToReport(string country, string first, string second, string third, string fourth)
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("es") with { Child = new DigestChild("Sofía", "10_12", country) });

        foreach (var expected in new[] { first, second, third, fourth })
        {
            StringAssert.Contains(html, expected);
        }
    }

    [TestMethod]
    public void Render_SpanishSpeakingFamilyInTheUs_GetsNcmecNotTeProtejo()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("es") with { Child = new DigestChild("Sofía", "10_12", "US") });

        StringAssert.Contains(html, "<h3>En Estados Unidos</h3>");
        StringAssert.Contains(html, "report.cybertip.org");
        Assert.IsFalse(html.Contains("teprotejo", StringComparison.Ordinal));
    }

    [TestMethod]
    [DataRow("MX")]
    [DataRow("")]
    public void Render_CountryWithoutAList_SaysSoPlainlyAndOffersTheCyberTipline(string country)
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with { Child = new DigestChild("Sofía", "10_12", country) });

        StringAssert.Contains(html, "SafeBrowse does not have a list of places to report in your country yet.");
        StringAssert.Contains(html, "call your local emergency number");
        StringAssert.Contains(html, "https://report.cybertip.org/");
        Assert.IsFalse(html.Contains("teprotejo", StringComparison.Ordinal));
        Assert.IsFalse(html.Contains("<h3>In ", StringComparison.Ordinal));
    }
}
