namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class DigestLanguagesTests
{
    [TestMethod]
    public void Supported_IsSpanishThenEnglish()
    {
        CollectionAssert.AreEqual(new[] { "es", "en" }, DigestLanguages.Supported.ToArray());
    }

    [TestMethod]
    [DataRow("en", "en")]
    [DataRow("EN-gb", "en")]
    [DataRow("es", "es")]
    [DataRow("es_CO", "es")]
    [DataRow("fr", "es")]
    [DataRow("", "es")]
    [DataRow(null, "es")]
    public void Resolve_Tag_PicksSupportedLanguageOrSpanish(string? tag, string expected)
    {
        Assert.AreEqual(expected, DigestLanguages.Resolve(tag));
    }

    [TestMethod]
    public void Render_UnsupportedLanguage_WritesTheSpanishPage()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("pt"));

        StringAssert.Contains(html, "<html lang=\"es\">");
        StringAssert.Contains(html, "Nada preocupante esta semana");
    }
}
