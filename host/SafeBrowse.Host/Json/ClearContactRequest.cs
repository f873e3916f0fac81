namespace SafeBrowse.Host.Json;

internal sealed record ClearContactRequest(int V, string Id, string Type, string Session, string Contact);
