namespace SafeBrowse.Host.Json;

internal sealed record SaveSettingsRequest(int V, string Id, string Type, string Session, SettingsDto Settings);
