namespace SafeBrowse.Digest;

/// <summary>How a contact's events this week compare with the three weeks before.</summary>
internal enum ContactTrend
{
    New,
    More,
    Same,
    Fewer,
}
