namespace SafeBrowse.Storage;

/// <summary>
/// A child's "this was wrong" on a notice: site, contact, time and categories, never text. <see cref="Verdict"/>
/// is the parent's review, null until reviewed.
/// </summary>
public sealed record FeedbackEntry(
    long Id,
    long ProfileId,
    string Site,
    string Contact,
    DateTimeOffset At,
    IReadOnlyList<string> Categories,
    FeedbackVerdict? Verdict);
