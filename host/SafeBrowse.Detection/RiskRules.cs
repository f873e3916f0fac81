using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection;

/// <summary>Turns accumulated category evidence into a level. Counts evidence per category, not a stage order.</summary>
internal static class RiskRules
{
    private static readonly (string First, string Second)[] DangerousPairs =
    [
        (Secrecy, PhotoRequest),
        (PersonalInfo, Meeting),
        (SexualTalk, PhotoRequest),
        (SexualTalk, Meeting),
        (Secrecy, Meeting),
        (Secrecy, SexualTalk),
    ];

    private static readonly string[] HighSeverity = [PhotoRequest, SexualTalk];

    private const int MessagesForPattern = 2;
    private const int CategoriesForAlert = 4;
    private const int CategoriesForNotice = 2;
    private const double RepeatedFactor = 2.0;

    /// <param name="evidence">Decayed evidence per category.</param>
    /// <param name="threshold">Evidence a category needs to count as present.</param>
    /// <param name="evidenceMessages">How many incoming messages carried any category.</param>
    public static (RiskLevel Level, IReadOnlyList<string> Categories) Assess(
        IReadOnlyDictionary<string, double> evidence, double threshold, int evidenceMessages)
    {
        bool Present(string category) => evidence.TryGetValue(category, out var value) && value >= threshold;

        // One message is never a pattern ("a que hora sales? te recojo" is a parent too); a threat is the exception.
        if (evidenceMessages < MessagesForPattern && !Present(Threats))
        {
            return (RiskLevel.None, []);
        }

        var presentCount = evidence.Values.Count(value => value >= threshold);
        RiskLevel level;
        if (Present(Threats) || presentCount >= CategoriesForAlert || DangerousPairs.Any(pair => Present(pair.First) && Present(pair.Second)))
        {
            level = RiskLevel.Alert;
        }
        else if (presentCount >= CategoriesForNotice
            || HighSeverity.Any(category => evidence.TryGetValue(category, out var value) && value >= RepeatedFactor * threshold))
        {
            level = RiskLevel.Notice;
        }
        else
        {
            return (RiskLevel.None, []);
        }

        var categories = evidence
            .Where(pair => pair.Value >= threshold / 2)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => Severity(pair.Key))
            .Select(pair => pair.Key)
            .ToArray();
        return (level, categories);
    }

    private static int Severity(string category) => category switch
    {
        Threats => 0,
        PhotoRequest => 1,
        SexualTalk => 2,
        Meeting => 3,
        Secrecy => 4,
        PersonalInfo => 5,
        _ => 6,
    };
}
