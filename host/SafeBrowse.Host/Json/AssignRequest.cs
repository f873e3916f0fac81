namespace SafeBrowse.Host.Json;

internal sealed record AssignRequest(int V, string Id, string Type, string Session, string Install, string? Profile);
