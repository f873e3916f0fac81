namespace SafeBrowse.Host.Json;

internal sealed record ReviewRequest(int V, string Id, string Type, string Session, long FeedbackId, string Verdict);
