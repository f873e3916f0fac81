namespace SafeBrowse.Host.Json;

internal sealed record FeedbackRequest(int V, string Id, string Type, string Site, string Conversation, string Contact, IReadOnlyList<string> Categories);
