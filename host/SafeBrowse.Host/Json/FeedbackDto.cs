namespace SafeBrowse.Host.Json;

internal sealed record FeedbackDto(long Id, string Profile, string Site, string Contact, string Time, IReadOnlyList<string> Categories, string? Verdict);
