namespace SafeBrowse.Host.Json;

/// <summary><c>cleared</c> counts the saved conversations with this contact that were forgotten.</summary>
internal sealed record ClearContactResponse(int V, string Id, string Type, bool Ok, int Cleared);
