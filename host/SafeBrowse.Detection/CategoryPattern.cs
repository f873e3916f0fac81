namespace SafeBrowse.Detection;

/// <summary>
/// One phrase pattern of a category, matched on whole words of normalised text. <see cref="Expression"/> is the
/// whole regular expression; <see cref="CategoryLexicon"/> builds and runs it (see <see cref="PatternMatcher"/>).
/// </summary>
internal sealed record CategoryPattern(string Category, float Weight, string Expression)
{
    public static CategoryPattern Strong(string category, string pattern) => Create(category, EvidenceWeights.Strong, pattern);

    public static CategoryPattern Weak(string category, string pattern) => Create(category, EvidenceWeights.Weak, pattern);

    private static CategoryPattern Create(string category, float weight, string pattern) =>
        new(category, weight, $@"\b(?:{pattern})\b");
}
