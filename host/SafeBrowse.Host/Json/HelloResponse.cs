namespace SafeBrowse.Host.Json;

internal sealed record HelloResponse(
    int V,
    string Id,
    string Type,
    bool Ok,
    int Protocol,
    string HostVersion,
    string? ModelVersion,
    bool ModelLoaded,
    string ModelState,
    ProfileDto? Profile,
    string? PausedUntil,
    bool PinSet);
