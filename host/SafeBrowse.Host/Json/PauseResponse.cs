namespace SafeBrowse.Host.Json;

internal sealed record PauseResponse(int V, string Id, string Type, bool Ok, string? PausedUntil);
