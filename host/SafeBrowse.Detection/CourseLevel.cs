namespace SafeBrowse.Detection;

/// <summary>Combines the level of <see cref="RiskRules"/> with the one the course reads: the higher wins.</summary>
internal static class CourseLevel
{
    /// <summary>
    /// Raises <paramref name="ruleLevel"/> towards <paramref name="courseLevel"/> by one level at most: the course may
    /// notice before the rules and alert where they notice, but an alert out of nothing the rules saw is theirs to
    /// give. Never lowers the level; categories at least half present are named.
    /// </summary>
    public static (RiskLevel Level, IReadOnlyList<string> Categories) Raise(
        RiskLevel ruleLevel, IReadOnlyList<string> ruleCategories, RiskLevel courseLevel, IReadOnlyDictionary<string, double> evidence, double threshold)
    {
        if (courseLevel <= ruleLevel)
        {
            return (ruleLevel, ruleCategories);
        }

        var raised = (RiskLevel)Math.Min((int)courseLevel, (int)ruleLevel + 1);
        var categories = evidence
            .Where(pair => pair.Value >= threshold / 2)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key)
            .ToArray();
        return categories.Length == 0 ? (ruleLevel, ruleCategories) : (raised, categories);
    }
}
