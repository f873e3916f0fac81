namespace SafeBrowse.Host.Json;

internal sealed record OkResponse(int V, string Id, string Type, bool Ok);
