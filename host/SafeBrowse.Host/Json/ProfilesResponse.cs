namespace SafeBrowse.Host.Json;

internal sealed record ProfilesResponse(int V, string Id, string Type, bool Ok, IReadOnlyList<ProfileDto> Profiles);
