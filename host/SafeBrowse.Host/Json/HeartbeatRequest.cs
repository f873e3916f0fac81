namespace SafeBrowse.Host.Json;

internal sealed record HeartbeatRequest(int V, string Id, string Type, string Install);
