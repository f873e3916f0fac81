namespace SafeBrowse.Storage;

/// <summary>
/// A stretch of time a browser profile was running SafeBrowse; gaps between spans are when it was not.
/// <paramref name="Impairment"/> is null while it was protecting, or the heartbeat's word for why it could not.
/// </summary>
public sealed record ActivitySpan(string InstallId, long ProfileId, DateTimeOffset Start, DateTimeOffset LastSeen, string? Impairment = null);
