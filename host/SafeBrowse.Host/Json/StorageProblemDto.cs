namespace SafeBrowse.Host.Json;

internal sealed record StorageProblemDto(string Time, string Kind);
