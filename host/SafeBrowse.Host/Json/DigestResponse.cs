namespace SafeBrowse.Host.Json;

internal sealed record DigestResponse(int V, string Id, string Type, bool Ok, string Html);
