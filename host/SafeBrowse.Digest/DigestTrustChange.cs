namespace SafeBrowse.Digest;

/// <summary>A parent marked a contact as "family" or "trusted" (<see cref="Kind"/>), or took the mark away (null).</summary>
public sealed record DigestTrustChange(DateTimeOffset At, string Site, string Contact, string? Kind);
