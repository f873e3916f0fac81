namespace SafeBrowse.Storage;

/// <summary>A parent's pause: nothing is scored or recorded in [<see cref="Start"/>, <see cref="End"/>).</summary>
public sealed record PausePeriod(long Id, long ProfileId, DateTimeOffset Start, DateTimeOffset End);
