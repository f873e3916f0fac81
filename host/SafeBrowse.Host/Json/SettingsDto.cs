namespace SafeBrowse.Host.Json;

internal sealed record SettingsDto(string Sensitivity, string Excerpts, int RetentionDays, string? DefaultProfile);
