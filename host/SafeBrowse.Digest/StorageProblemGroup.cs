namespace SafeBrowse.Digest;

/// <summary>One kind of storage problem the week had, told once however often it happened.</summary>
internal sealed record StorageProblemGroup(string Kind, int Count, DateTimeOffset Last);
