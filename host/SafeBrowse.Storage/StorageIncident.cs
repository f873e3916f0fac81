namespace SafeBrowse.Storage;

/// <summary>A storage problem the parent should hear about in the next digest and from <c>doctor</c>.</summary>
public sealed record StorageIncident(long Id, StorageIncidentKind Kind, DateTimeOffset At);
