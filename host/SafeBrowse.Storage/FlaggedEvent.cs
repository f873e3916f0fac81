using SafeBrowse.Protocol;

namespace SafeBrowse.Storage;

/// <summary>
/// A decision the detector raised: who, where, when, how serious (<see cref="RiskLevelWords.Notice"/> or <see cref="RiskLevelWords.Alert"/>) and why; never the
/// chat itself. Only an alert may carry a short <see cref="Excerpt"/>, and only while the family allows it.
/// </summary>
public sealed record FlaggedEvent(
    long Id,
    long ProfileId,
    string Site,
    string Contact,
    DateTimeOffset At,
    string Level,
    IReadOnlyList<string> Categories,
    string? Excerpt);
