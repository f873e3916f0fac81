using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>Recognises the child saying they are a minor ("im 13", "13/f/tx", "tengo 12 anos", "im in 7th grade").</summary>
internal static partial class ChildAgeStatement
{
    public static bool IsMinorAge(string normalizedText) =>
        normalizedText.Length > 0 && MinorAgePattern().IsMatch(normalizedText);

    /// <summary>A reply that opens with an age a minor would have ("13", "13 and you"): an age only right after the contact asked it.</summary>
    public static bool StartsWithMinorNumber(string normalizedText) =>
        normalizedText.Length > 0 && LeadingMinorNumberPattern().IsMatch(normalizedText);

    /// <summary>The child asks the contact's age ("how old are you", "asl", "13 f, you?"), so a bare "26" in reply is an age.</summary>
    public static bool AsksAge(string normalizedText) =>
        normalizedText.Length > 0
        && (AgeQuestionPattern().IsMatch(normalizedText) || (IsMinorAge(normalizedText) && AskingBackPattern().IsMatch(normalizedText)));

    [GeneratedRegex(@"\b(?:how old|asl|a s l|your age|cuantos anos|que edad|tu edad)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgeQuestionPattern();

    [GeneratedRegex(@"\b(?:you|hbu|wbu|how about you|and you|y tu|y vos|y usted)$", RegexOptions.CultureInvariant)]
    private static partial Regex AskingBackPattern();

    [GeneratedRegex(
        @"\b(?:(?:im|i am|iam) (?:only |just )?(?:[89]|1[0-7]|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?! (?:min|mins|minutes|hours|hrs|seconds|km|miles|dollars|bucks|percent|times|pounds|lbs|feet|inches)\b)"
        + @"|(?:[89]|1[0-7]) (?:f|m|female|male|yo|y o|years old|yrs old|anos)"
        + @"|(?:im|i am) in (?:[5-9]th|1[0-1]th|fifth|sixth|seventh|eighth|ninth|tenth) grade"
        + @"|tengo (?:[89]|1[0-7]|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete)(?! (?:minutos|horas|segundos|pesos|mil|km|kilos|veces|dias)\b)"
        + @"|estoy en (?:quinto|sexto|septimo|octavo|noveno|decimo|once)(?: grado)?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MinorAgePattern();

    [GeneratedRegex(@"^(?:[89]|1[0-7])\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMinorNumberPattern();
}
