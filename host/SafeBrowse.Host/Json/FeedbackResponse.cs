namespace SafeBrowse.Host.Json;

/// <summary><c>quieted</c> is false when the note was about a serious pattern, which the child's word never quiets.</summary>
internal sealed record FeedbackResponse(int V, string Id, string Type, bool Ok, bool Quieted);
