namespace SafeBrowse.Host.Json;

/// <summary><c>kind</c> is <c>family</c> or <c>trusted</c>, or null to take the mark away.</summary>
internal sealed record TrustContactRequest(int V, string Id, string Type, string Session, string Profile, string Site, string Contact, string? Kind);
