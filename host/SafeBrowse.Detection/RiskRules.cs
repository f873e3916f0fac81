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

    /// <summary>
    /// The pairs one message may carry by itself and be noticed: all but age or school with a meeting, which is a
    /// parent's "a que hora sales del colegio? te recojo a las 5" as often as a stranger's.
    /// </summary>
    private static readonly (string First, string Second)[] OneMessagePairs = [.. DangerousPairs.Where(pair => pair.First != PersonalInfo)];

    private static readonly string[] HighSeverity = [PhotoRequest];

    /// <summary>
    /// Sexual talk is noticed alone, twice strong, only when the child has said they are a minor: between teenagers
    /// ("are you a virgin?" on an anonymous question site) it is common enough that alone it raised held-out teen
    /// chat from 9 to 61 false notices per 1,000. To a child who said their age it is an adult's opener.
    /// </summary>
    private static readonly string[] HighSeverityToAMinor = [SexualTalk];

    /// <summary>
    /// Common between teenagers too (crude talk, "where are you from", "add me"): two of these alone are flirting or
    /// banter as often as grooming, so a notice also needs a category that peers rarely use on each other.
    /// </summary>
    private static readonly HashSet<string> CommonBetweenPeers = [SexualTalk, PersonalInfo, PrivateChannel];

    /// <summary>"You're cute" is peer talk; "you're so mature for your age" is not: flattery is specific only when a strong phrase was seen.</summary>
    private static readonly HashSet<string> SpecificOnlyWhenStrong = [Flattery];

    private const int CategoriesWithoutSpecific = 3;

    private const int MessagesForPattern = 2;
    private const int CategoriesForAlert = 4;
    private const int CategoriesForNotice = 2;
    private const double RepeatedFactor = 2.0;

    /// <param name="evidence">Decayed evidence per category.</param>
    /// <param name="threshold">Evidence a category needs to count as present.</param>
    /// <param name="evidenceMessages">How many incoming messages carried any category.</param>
    /// <param name="strongCategories">Categories for which at least one strong phrase was seen.</param>
    /// <param name="childStatedMinorAge">Whether the child said they are a minor in this conversation.</param>
    public static (RiskLevel Level, IReadOnlyList<string> Categories) Assess(
        IReadOnlyDictionary<string, double> evidence, double threshold, int evidenceMessages, IReadOnlySet<string> strongCategories, bool childStatedMinorAge)
    {
        bool Present(string category) => evidence.TryGetValue(category, out var value) && value >= threshold;
        bool Specific(string category) =>
            !CommonBetweenPeers.Contains(category) && (!SpecificOnlyWhenStrong.Contains(category) || strongCategories.Contains(category));

        bool Repeated(string category) => evidence.TryGetValue(category, out var value) && value >= RepeatedFactor * threshold;
        bool PairPresent((string First, string Second) pair) => Present(pair.First) && Present(pair.Second);

        // One message is rarely a pattern ("a que hora sales? te recojo" is a parent too). A threat is the exception,
        // and so is one message that is a dangerous pair by itself ("veamonos a solas, que nadie se entere"): an
        // opener like that is noticed at once, and the alert waits for a second message.
        if (evidenceMessages < MessagesForPattern && !Present(Threats))
        {
            return OneMessagePairs.Any(PairPresent) ? (RiskLevel.Notice, Ordered(evidence, threshold)) : (RiskLevel.None, []);
        }

        var dangerousPair = DangerousPairs.Any(PairPresent);

        var presentCount = evidence.Values.Count(value => value >= threshold);
        RiskLevel level;
        // An adult by their own words, talking with a child, who does more than trade ages: flatters, flirts, asks for anything.
        var adultWithMoreThanAge = Present(AgeGap) && evidence.Any(pair => pair.Value >= threshold && pair.Key is not (AgeGap or PersonalInfo));
        if (Present(Threats) || adultWithMoreThanAge || presentCount >= CategoriesForAlert || dangerousPair)
        {
            level = RiskLevel.Alert;
        }
        else if (Present(AgeGap)
            || presentCount >= CategoriesWithoutSpecific
            || (presentCount >= CategoriesForNotice && evidence.Any(pair => pair.Value >= threshold && Specific(pair.Key)))
            || HighSeverity.Any(Repeated)
            || (childStatedMinorAge && HighSeverityToAMinor.Any(category => strongCategories.Contains(category) && Repeated(category))))
        {
            level = RiskLevel.Notice;
        }
        else
        {
            return (RiskLevel.None, []);
        }

        return (level, Ordered(evidence, threshold));
    }

    private static string[] Ordered(IReadOnlyDictionary<string, double> evidence, double threshold) =>
    [
        .. evidence
            .Where(pair => pair.Value >= threshold / 2)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => Severity(pair.Key))
            .Select(pair => pair.Key),
    ];

    private static int Severity(string category) => category switch
    {
        Threats => 0,
        PhotoRequest => 1,
        SexualTalk => 2,
        Meeting => 3,
        AgeGap => 4,
        Secrecy => 5,
        PersonalInfo => 6,
        _ => 7,
    };
}
