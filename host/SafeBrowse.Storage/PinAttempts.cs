namespace SafeBrowse.Storage;

/// <summary>Wrong PIN tries in a row; kept in the database so the back-off survives a restart of the host.</summary>
public sealed record PinAttempts(int ConsecutiveFailures, DateTimeOffset? LastFailureAt)
{
    public static PinAttempts None { get; } = new(0, null);
}
