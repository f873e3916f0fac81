namespace SafeBrowse.Storage;

/// <summary>
/// One weekly digest (<see cref="Week"/> is an ISO week, <c>YYYY-Www</c>): claimed by a host process, then completed
/// with the <see cref="Path"/> of the file written.
/// </summary>
public sealed record DigestRecord(long ProfileId, string Week, string? Path, DateTimeOffset ClaimedAt, DateTimeOffset? CompletedAt);
