namespace SafeBrowse.Host.Json;

internal sealed record ParentStatusResponse(int V, string Id, string Type, bool Ok, bool PinSet, int RetryAfterSeconds);
