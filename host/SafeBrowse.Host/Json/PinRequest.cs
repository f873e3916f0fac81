namespace SafeBrowse.Host.Json;

/// <summary><c>parent.unlock</c> and <c>parent.set-pin</c>; the session is needed to change a PIN already set.</summary>
internal sealed record PinRequest(int V, string Id, string Type, string Pin, string? Session = null);
