using System.Text.Json.Serialization;

namespace SafeBrowse.Training;

/// <summary>One line of the hand-written sets in tests/conversations (see its README): the corpus format and what a reader expects of it.</summary>
internal sealed record WrittenConversation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("messages")] IReadOnlyList<WrittenMessage> Messages,
    [property: JsonPropertyName("meta")] WrittenExpectation Meta)
{
    public bool IsGrooming => string.Equals(Label, "grooming", StringComparison.Ordinal);
}
