using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection;

/// <summary>
/// What a child's "this note was wrong" can never quiet. A groomer can coach a child to press it, so an alert, a
/// threat, sexual talk, a photo request or a meeting keeps being noticed and goes to the parent whatever the child says.
/// </summary>
public static class SeriousPatterns
{
    public static IReadOnlySet<string> Categories { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Threats, SexualTalk, PhotoRequest, Meeting,
    };

    public static bool Includes(RiskLevel level, IEnumerable<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return level == RiskLevel.Alert || categories.Any(Categories.Contains);
    }
}
