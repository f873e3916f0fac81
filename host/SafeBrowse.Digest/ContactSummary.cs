namespace SafeBrowse.Digest;

/// <summary>What the week showed about one contact; <see cref="Excerpts"/> holds only what <see cref="ExcerptVisibility"/> allows.</summary>
internal sealed record ContactSummary(
    string Site,
    string Contact,
    bool IsAlert,
    IReadOnlyList<string> Categories,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    int Notices,
    int Alerts,
    ContactTrend Trend,
    IReadOnlyList<string> Excerpts);
