namespace SafeBrowse.Host.Json;

internal sealed record SessionResponse(int V, string Id, string Type, bool Ok, string Session, int ExpiresInSeconds);
