using System.Text.Json.Serialization;

namespace SafeBrowse.Training;

/// <summary>
/// What the writer of a conversation expects: the protocol categories an attentive reader finds in it (none for a
/// benign look-alike) and, for grooming, the 0-based message index of the first contact message that should worry an adult.
/// </summary>
internal sealed record WrittenExpectation(
    [property: JsonPropertyName("tactic")] string Tactic,
    [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories,
    [property: JsonPropertyName("concernAt")] int? ConcernAt);
