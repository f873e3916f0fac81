namespace SafeBrowse.Host.Json;

internal sealed record ScoreRequest(
    int V,
    string Id,
    string Type,
    string Site,
    IReadOnlyList<ObservedMessageDto> Messages);
