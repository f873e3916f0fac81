namespace SafeBrowse.Detection;

/// <summary>
/// Everything <see cref="ContactState"/> needs to go on after a restart: category ids, weights, times, levels and
/// counts. Never text, never words. Version 2 added <see cref="Course"/>. <see cref="V"/> is the format version (<see cref="ContactSnapshotCodec"/>).
/// </summary>
internal sealed record ContactSnapshot(
    int V,
    IReadOnlyDictionary<string, double> Evidence,
    IReadOnlyList<string> Strong,
    IReadOnlyList<string> Notified,
    IReadOnlyList<string> Categories,
    RiskLevel Level,
    DateTimeOffset? LastTime,
    DateTimeOffset? LastNotify,
    RiskLevel LastNotifiedLevel,
    int EvidenceMessages,
    bool ChildStatedMinorAge,
    bool ContactStatedAdultAge,
    bool AgeAsked,
    bool ChildAskedAge,
    IReadOnlyList<string> Dismissed,
    RiskLevel? DismissedLevel,
    IReadOnlyList<uint> Counted)
{
    /// <summary>The conversation's course; absent in version 1 snapshots, whose contacts start their course afresh.</summary>
    public CourseSnapshot? Course { get; init; }
}
