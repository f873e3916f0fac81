using System.Text.Json;

namespace SafeBrowse.Detection.Tests;

/// <summary>One conversation of tests/conversations, with where it was read from so a failure can name it.</summary>
internal sealed record WrittenSetLine(string Split, string Language, int LineNumber, JsonElement Conversation)
{
    public string Where => $"{Split}/{Language}.jsonl line {LineNumber}";

    public string Id => Conversation.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : string.Empty;

    public bool IsBenign => Text("label") == "benign";

    public JsonElement Messages => Conversation.GetProperty("messages");

    public JsonElement Meta => Conversation.GetProperty("meta");

    public string? Text(string property) =>
        Conversation.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
