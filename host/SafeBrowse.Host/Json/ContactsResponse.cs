namespace SafeBrowse.Host.Json;

internal sealed record ContactsResponse(
    int V,
    string Id,
    string Type,
    bool Ok,
    IReadOnlyList<RecentContactDto> Recent,
    IReadOnlyList<TrustedContactDto> Trusted);
