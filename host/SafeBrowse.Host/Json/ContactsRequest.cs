namespace SafeBrowse.Host.Json;

internal sealed record ContactsRequest(int V, string Id, string Type, string Session, string Profile);
