namespace SafeBrowse.Storage;

/// <summary>A contact a parent marked as family or trusted (<see cref="TrustKinds"/>) for one child, on one site.</summary>
public sealed record TrustedContact(long ProfileId, string Site, string Contact, string Kind, DateTimeOffset SetAt);
