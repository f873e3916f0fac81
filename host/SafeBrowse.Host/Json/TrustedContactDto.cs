namespace SafeBrowse.Host.Json;

internal sealed record TrustedContactDto(string Site, string Contact, string Kind, string SetAt);
