namespace SafeBrowse.Host.Json;

internal sealed record AssignResponse(int V, string Id, string Type, bool Ok, string? InstallProfile);
