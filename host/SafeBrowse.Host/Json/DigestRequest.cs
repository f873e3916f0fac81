namespace SafeBrowse.Host.Json;

internal sealed record DigestRequest(int V, string Id, string Type, string Session, string Profile, string Week, string? Lang = null);
