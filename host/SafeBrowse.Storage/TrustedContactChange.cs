namespace SafeBrowse.Storage;

/// <summary>A parent set (<see cref="Kind"/> is a <see cref="TrustKinds"/> word) or removed (null) a trusted contact.</summary>
public sealed record TrustedContactChange(long Id, long ProfileId, string Site, string Contact, string? Kind, DateTimeOffset At);
