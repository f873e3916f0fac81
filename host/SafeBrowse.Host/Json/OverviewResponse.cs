namespace SafeBrowse.Host.Json;

internal sealed record OverviewResponse(
    int V,
    string Id,
    string Type,
    bool Ok,
    string Week,
    IReadOnlyList<ProfileSummaryDto> Profiles,
    SettingsDto Settings,
    string? InstallProfile,
    string? PausedUntil,
    IReadOnlyList<FeedbackDto> Feedback,
    IReadOnlyList<StorageProblemDto> StorageProblems,
    string? PinSetAt);
