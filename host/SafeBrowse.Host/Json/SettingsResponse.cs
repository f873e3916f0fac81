namespace SafeBrowse.Host.Json;

internal sealed record SettingsResponse(int V, string Id, string Type, bool Ok, SettingsDto Settings);
