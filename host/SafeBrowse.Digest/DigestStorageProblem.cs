namespace SafeBrowse.Digest;

/// <summary>
/// A time the host could not keep its data. <see cref="Kind"/> is "database_replaced" (the database was unreadable,
/// moved aside and started again) or "write_failed" (the disk was full or read-only).
/// </summary>
public sealed record DigestStorageProblem(DateTimeOffset At, string Kind);
