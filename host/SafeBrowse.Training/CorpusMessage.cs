using System.Text.Json.Serialization;

namespace SafeBrowse.Training;

/// <summary>One message of a corpus line; <see cref="From"/> is "contact" or "child".</summary>
internal sealed record CorpusMessage(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("text")] string? Text)
{
    public bool IsFromContact => string.Equals(From, "contact", StringComparison.Ordinal);
}
