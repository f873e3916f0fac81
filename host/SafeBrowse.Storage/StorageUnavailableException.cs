namespace SafeBrowse.Storage;

/// <summary>
/// The family database cannot be read or written right now (disk full, read-only, I/O error, locked too long).
/// The host reports it and keeps protecting; the message never carries user data.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : this("The family database is unavailable.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
