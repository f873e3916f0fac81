namespace SafeBrowse.Host.Json;

internal sealed record ErrorResponse(int V, string? Id, string Type, bool Ok, ErrorBody Error);
