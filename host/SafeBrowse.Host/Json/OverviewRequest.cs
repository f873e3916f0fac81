namespace SafeBrowse.Host.Json;

internal sealed record OverviewRequest(int V, string Id, string Type, string Session, string? Install = null);
