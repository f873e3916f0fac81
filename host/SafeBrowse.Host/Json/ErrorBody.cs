namespace SafeBrowse.Host.Json;

internal sealed record ErrorBody(string Code, string Message);
