namespace SafeBrowse.Host.Json;

internal sealed record PauseRequest(int V, string Id, string Type, string Session, int Minutes);
