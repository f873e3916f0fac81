namespace SafeBrowse.Host.Json;

internal sealed record SaveProfileRequest(int V, string Id, string Type, string Session, ProfileDto Profile, string? PreviousName = null);
