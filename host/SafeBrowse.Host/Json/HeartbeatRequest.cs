namespace SafeBrowse.Host.Json;

/// <summary><c>protection</c> is one of <see cref="Digest.ProtectionStates"/>; an extension older than the field sends none.</summary>
internal sealed record HeartbeatRequest(int V, string Id, string Type, string Install, string? Protection = null);
