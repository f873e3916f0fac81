namespace SafeBrowse.Detection;

/// <summary>Combines the level of <see cref="RiskRules"/> with the one the course reads: the higher wins.</summary>
internal static class CourseLevel
{
    /// <summary>
    /// Raises <paramref name="ruleLevel"/> to <paramref name="courseLevel"/> when that is higher and some category is
    /// at least half present, so a notice always names what it is about; never lowers it.
    /// </summary>
    public static (RiskLevel Level, IReadOnlyList<string> Categories) Raise(
        RiskLevel ruleLevel, IReadOnlyList<string> ruleCategories, RiskLevel courseLevel, IReadOnlyDictionary<string, double> evidence, double threshold)
    {
        if (courseLevel <= ruleLevel)
        {
            return (ruleLevel, ruleCategories);
        }

        var categories = evidence
            .Where(pair => pair.Value >= threshold / 2)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key)
            .ToArray();
        return categories.Length == 0 ? (ruleLevel, ruleCategories) : (courseLevel, categories);
    }
}
