using System.Text.Json;

namespace SafeBrowse.Host.Scanning;

/// <summary>One line of the shared corpus format (see shared/data/README.md); unknown members are ignored.</summary>
internal sealed record CorpusConversationLine(
    string Id,
    IReadOnlyList<CorpusMessageLine> Messages,
    string? Source = null,
    string? Lang = null,
    string? Label = null,
    string? Order = null,
    JsonElement? Meta = null);
