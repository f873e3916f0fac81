namespace SafeBrowse.Host.Json;

internal sealed record ScoreResponse(
    int V,
    string Id,
    string Type,
    bool Ok,
    IReadOnlyList<DecisionDto> Decisions,
    bool Paused = false);
