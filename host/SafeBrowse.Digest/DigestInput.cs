namespace SafeBrowse.Digest;

/// <summary>
/// Everything one weekly digest shows, gathered by the host from its database. The digest reads no clock and no
/// files: <see cref="GeneratedAt"/> is "now", so the same input always renders the same page.
/// </summary>
/// <param name="Child">Whose week it is; the country picks where to report.</param>
/// <param name="Week">The week shown, in <paramref name="TimeZone"/>.</param>
/// <param name="Language">"es" or "en"; anything else falls back as <see cref="DigestLanguages.Resolve"/> says.</param>
/// <param name="TimeZone">The family's zone: days, dates and times are shown in it.</param>
/// <param name="GeneratedAt">Now. Before the week ends, gaps are only looked for up to it.</param>
/// <param name="Events">Notices and alerts of <paramref name="Week"/>; events outside it are left out.</param>
/// <param name="EarlierEvents">Events of the three weeks before, only to tell each contact's trend.</param>
/// <param name="Feedback">The child's "this was wrong" of the week.</param>
/// <param name="ActiveSpans">When heartbeats showed SafeBrowse running, protecting or not.</param>
/// <param name="Pauses">When a parent paused protection.</param>
/// <param name="SitesUsed">Host names seen this week, for the age notes; never a browsing history.</param>
/// <param name="StorageProblems">Problems saving data this week.</param>
/// <param name="PinChanges">When the parents' PIN was set, changed or reset this week.</param>
/// <param name="ShowExcerpts">The family's setting; even when true, only alerts show an excerpt.</param>
public sealed record DigestInput(
    DigestChild Child,
    IsoWeek Week,
    string Language,
    TimeZoneInfo TimeZone,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<DigestEvent> Events,
    IReadOnlyList<DigestEvent> EarlierEvents,
    IReadOnlyList<DigestFeedback> Feedback,
    IReadOnlyList<DigestSpan> ActiveSpans,
    IReadOnlyList<DigestSpan> Pauses,
    IReadOnlyList<string> SitesUsed,
    IReadOnlyList<DigestStorageProblem> StorageProblems,
    IReadOnlyList<DigestPinChange> PinChanges,
    bool ShowExcerpts)
{
    /// <summary>When heartbeats said SafeBrowse ran but could not protect, and why; these spans are in <see cref="ActiveSpans"/> too.</summary>
    public IReadOnlyList<DigestImpairment> Impairments { get; init; } = [];

    /// <summary>Contacts a parent marked as family or trusted, or unmarked; changes outside <see cref="Week"/> are left out.</summary>
    public IReadOnlyList<DigestTrustChange> TrustChanges { get; init; } = [];

    /// <summary>When the child's profile was made; gaps are looked for only from then (<see cref="ActivityGaps.Since"/>).</summary>
    public DateTimeOffset? ProfileCreatedAt { get; init; }
}
