using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection;

/// <summary>
/// When the course may raise a level at all. One message is never a pattern, so two of the contact's messages must
/// have carried a category; and something must set the contact apart from a crude or curious peer: a category peers
/// rarely use on each other is present, or the ages are known (the child said they are a minor, or the contact that
/// they are an adult). Sexual talk, "where do you live", "add me on snap" and "you're cute" alone are how teenagers
/// talk too, and the benign sources held in hold too little of that talk to teach the model so.
/// </summary>
internal static class CourseGate
{
    public const int MinEvidenceMessages = 2;

    private static readonly HashSet<string> CommonBetweenPeers = [SexualTalk, PersonalInfo, PrivateChannel];

    public static bool Opens(
        IReadOnlyDictionary<string, double> evidence, double threshold, int evidenceMessages, IReadOnlySet<string> strongCategories,
        bool childMinor, bool contactAdult)
    {
        if (evidenceMessages < MinEvidenceMessages)
        {
            return false;
        }

        var anyPresent = false;
        var peerRare = false;
        foreach (var (category, value) in evidence)
        {
            if (value < threshold)
            {
                continue;
            }

            anyPresent = true;
            peerRare |= !CommonBetweenPeers.Contains(category) && (category != Flattery || strongCategories.Contains(category));
        }

        return anyPresent && (peerRare || childMinor || contactAdult);
    }
}
