namespace SafeBrowse.Storage;

public sealed record PinChange(PinChangeKind Kind, DateTimeOffset At);
