namespace SafeBrowse.Detection;

/// <summary>A contact's saved risk as a versioned snapshot, and the store's revision of it for optimistic concurrency.</summary>
public sealed record StoredContactState(byte[] Snapshot, long Revision);
