using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>
/// What happened when one conversation was replayed: the highest level and its categories, and 1-based indexes of
/// the first notice and alert.
/// </summary>
internal sealed record ReplayOutcome(
    RiskLevel MaxLevel,
    IReadOnlyList<string> Categories,
    int? FirstNoticeMessage,
    int? FirstNoticeContactMessage,
    int? FirstAlertMessage);
