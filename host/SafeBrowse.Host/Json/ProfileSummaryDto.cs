namespace SafeBrowse.Host.Json;

internal sealed record ProfileSummaryDto(
    string Name,
    string AgeBand,
    string Language,
    string Country,
    WeekSummaryDto Week,
    IReadOnlyList<string> Digests);
