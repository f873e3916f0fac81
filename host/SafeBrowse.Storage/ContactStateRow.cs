namespace SafeBrowse.Storage;

/// <summary>A contact's saved risk snapshot (opaque here, never text) and its revision for optimistic concurrency.</summary>
public sealed record ContactStateRow(byte[] Snapshot, long Revision);
