namespace SafeBrowse.Protocol;

/// <summary>The kinds of storageProblems[] in docs/protocol.md, as the family database keeps them and the digest tells them.</summary>
public static class StorageProblemWords
{
    /// <summary>The database was unreadable: it was moved aside and a fresh one started.</summary>
    public const string DatabaseReplaced = "database_replaced";

    /// <summary>A write failed because the disk was full, read-only or failing.</summary>
    public const string WriteFailed = "write_failed";

    public static IReadOnlyList<string> Known { get; } = [DatabaseReplaced, WriteFailed];
}
