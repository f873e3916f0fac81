namespace SafeBrowse.Host.Family;

/// <summary>The languages of the parent and child texts; Spanish (Colombia) first.</summary>
internal static class FamilyLanguages
{
    public const string Default = "es";

    public static bool IsSupported(string? language) => language is "es" or "en";

    public static string CountryFor(string language) => language == "en" ? "US" : "CO";

    public static string FirstProfileName(string language) => language == "en" ? "Family" : "Familia";
}
