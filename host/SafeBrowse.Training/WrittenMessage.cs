using System.Text.Json.Serialization;

namespace SafeBrowse.Training;

/// <summary>One message of a hand-written conversation; <see cref="At"/> is set only where the time of day matters.</summary>
internal sealed record WrittenMessage(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("at")] DateTimeOffset? At)
{
    public bool IsFromContact => string.Equals(From, "contact", StringComparison.Ordinal);
}
