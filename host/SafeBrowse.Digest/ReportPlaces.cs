namespace SafeBrowse.Digest;

/// <summary>
/// Reporting places by the child's country (research: product-anchors.md §3.3), the same as the extension's
/// helplines. The country decides, not the language: a Spanish-speaking family in the US needs NCMEC.
/// </summary>
internal static class ReportPlaces
{
    public static ReportPlace CyberTipline { get; } =
        new("place.cybertip", new Uri("https://report.cybertip.org/"), "1-800-843-5678");

    private static readonly ReportCountry[] Countries =
    [
        new("CO", "123",
        [
            new("place.teprotejo", new Uri("https://www.teprotejocolombia.org/"), null),
            new("place.icbf", null, "141"),
            new("place.policia", new Uri("https://caivirtual.policia.gov.co/"), "123"),
        ]),
        new("CL", "133", [new("place.pdi", new Uri("https://www.pdichile.cl/"), "+56 9 3459 9762")]),
        new("ES", "112", [new("place.incibe", new Uri("https://www.incibe.es/linea-de-ayuda-en-ciberseguridad"), "017")]),
        new("US", "911", [CyberTipline]),
        new("GB", "999",
        [
            new("place.ceop", new Uri("https://www.ceop.police.uk/Safety-Centre/"), null),
            new("place.childline", new Uri("https://www.childline.org.uk/"), "0800 1111"),
        ]),
    ];

    /// <summary>The country's places, or null when SafeBrowse has none listed for it.</summary>
    public static ReportCountry? For(string? country) =>
        Countries.FirstOrDefault(entry => entry.Code.Equals(country?.Trim(), StringComparison.OrdinalIgnoreCase));
}
