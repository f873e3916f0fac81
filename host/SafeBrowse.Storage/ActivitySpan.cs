namespace SafeBrowse.Storage;

/// <summary>A stretch of time a browser profile was running SafeBrowse; gaps between spans are when it was not.</summary>
public sealed record ActivitySpan(string InstallId, long ProfileId, DateTimeOffset Start, DateTimeOffset LastSeen);
