namespace SafeBrowse.Host.Json;

internal sealed record ParentStatusRequest(int V, string Id, string Type);
