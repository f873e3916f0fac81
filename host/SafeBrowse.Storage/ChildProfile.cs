namespace SafeBrowse.Storage;

public sealed record ChildProfile(long Id, string Name, AgeBand AgeBand, string Language, string Country, DateTimeOffset CreatedAt);
