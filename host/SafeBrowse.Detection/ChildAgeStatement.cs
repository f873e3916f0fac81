using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>Recognises the child saying they are a minor ("im 13", "tengo 12 anos", "im in 7th grade").</summary>
internal static partial class ChildAgeStatement
{
    public static bool IsMinorAge(string normalizedText) =>
        normalizedText.Length > 0 && MinorAgePattern().IsMatch(normalizedText);

    [GeneratedRegex(
        @"\b(?:(?:im|i am|iam) (?:only |just )?(?:[89]|1[0-7]|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?! (?:min|mins|minutes|hours|hrs|seconds|km|miles|dollars|bucks|percent|times|pounds|lbs|feet|inches)\b)"
        + @"|(?:im|i am) in (?:[5-9]th|1[0-1]th|fifth|sixth|seventh|eighth|ninth|tenth) grade"
        + @"|tengo (?:[89]|1[0-7]|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete)(?! (?:minutos|horas|segundos|pesos|mil|km|kilos|veces|dias)\b)"
        + @"|estoy en (?:quinto|sexto|septimo|octavo|noveno|decimo|once)(?: grado)?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MinorAgePattern();
}
