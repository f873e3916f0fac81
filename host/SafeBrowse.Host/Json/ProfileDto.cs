namespace SafeBrowse.Host.Json;

internal sealed record ProfileDto(string Name, string AgeBand, string Language, string Country);
