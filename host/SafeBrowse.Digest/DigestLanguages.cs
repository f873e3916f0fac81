namespace SafeBrowse.Digest;

/// <summary>The languages a digest is written in.</summary>
public static class DigestLanguages
{
    /// <summary>
    /// Spanish is the fallback: SafeBrowse starts with Colombian families, so a profile whose language is missing or
    /// one we do not have is most likely a Spanish-speaking one.
    /// </summary>
    public const string Default = "es";

    public static IReadOnlyList<string> Supported { get; } = ["es", "en"];

    /// <summary>The supported language for a tag such as "en", "EN" or "es-CO"; <see cref="Default"/> for anything else.</summary>
    public static string Resolve(string? language)
    {
        var primary = (language ?? string.Empty).Split('-', '_')[0].Trim();
        return Supported.FirstOrDefault(supported => supported.Equals(primary, StringComparison.OrdinalIgnoreCase)) ?? Default;
    }
}
