namespace SafeBrowse.Host.Json;

/// <summary><c>parent.status</c>: <see cref="SetupCodeReady"/> says, without a PIN, whether a setup code waits for the first one.</summary>
internal sealed record ParentStatusResponse(int V, string Id, string Type, bool Ok, bool PinSet, int RetryAfterSeconds, bool SetupCodeReady);
