using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>
/// One phrase pattern of a category, matched on whole words of normalised text. Non-backtracking, so matching
/// time stays linear in the text whatever a page sends.
/// </summary>
internal sealed record CategoryPattern(string Category, float Weight, Regex Pattern)
{
    public static CategoryPattern Strong(string category, string pattern) => Create(category, EvidenceWeights.Strong, pattern);

    public static CategoryPattern Weak(string category, string pattern) => Create(category, EvidenceWeights.Weak, pattern);

    private static CategoryPattern Create(string category, float weight, string pattern) =>
        new(category, weight, new Regex(
            $@"\b(?:{pattern})\b",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
}
