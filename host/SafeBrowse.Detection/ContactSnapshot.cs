namespace SafeBrowse.Detection;

/// <summary>
/// Everything <see cref="ContactState"/> needs to go on after a restart: category ids, weights, times, levels and
/// counts. Never text, never words. <see cref="V"/> is the format version (<see cref="ContactSnapshotCodec"/>).
/// Version 2 added what the conversation said about the relationship (<see cref="Relationship"/>) and the
/// conversation's course (<see cref="Course"/>); a version 1 snapshot reads with none said and a fresh course.
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
    IReadOnlyList<uint> Counted,
    int KinAddressed = 0,
    int ParentTalk = 0,
    bool RelationshipBetrayed = false)
{
    /// <summary>The conversation's course; absent in version 1 snapshots, whose contacts start their course afresh.</summary>
    public CourseSnapshot? Course { get; init; }
}
