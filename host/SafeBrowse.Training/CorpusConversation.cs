using System.Text.Json.Serialization;

namespace SafeBrowse.Training;

/// <summary>One corpus line (see /work/shared/data/README.md for the format).</summary>
internal sealed record CorpusConversation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("messages")] IReadOnlyList<CorpusMessage> Messages)
{
    public bool IsGrooming => string.Equals(Label, "grooming", StringComparison.Ordinal);
}
