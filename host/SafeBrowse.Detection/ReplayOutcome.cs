namespace SafeBrowse.Detection;

/// <summary>What replaying one conversation produced.</summary>
/// <param name="Level">The highest level reached.</param>
/// <param name="Categories">The categories at that level, strongest first.</param>
/// <param name="FirstNotice">0-based index (all messages counted) of the message after which notice was first reached.</param>
/// <param name="FirstAlert">0-based index of the message after which alert was first reached.</param>
/// <param name="ContactMessagesToNotice">How many of the contact's messages had been seen when notice was first reached.</param>
/// <param name="Notices">Every decision that told the extension to show a notice, in order.</param>
public sealed record ReplayOutcome(
    RiskLevel Level,
    IReadOnlyList<string> Categories,
    int? FirstNotice,
    int? FirstAlert,
    int? ContactMessagesToNotice,
    IReadOnlyList<ReplayNotice> Notices);
