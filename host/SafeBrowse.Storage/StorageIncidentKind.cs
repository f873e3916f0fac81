namespace SafeBrowse.Storage;

public enum StorageIncidentKind
{
    /// <summary>The database was unreadable: it was moved aside and a fresh one started.</summary>
    DatabaseReplaced,

    /// <summary>A write failed because the disk was full, read-only or failing.</summary>
    WriteFailed,
}
