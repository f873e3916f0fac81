using SafeBrowse.Protocol;

namespace SafeBrowse.Storage;

/// <summary>The one mapping between <see cref="StorageIncidentKind"/> and its word, which the database keeps and the protocol carries.</summary>
public static class StorageIncidentKinds
{
    public static string Word(StorageIncidentKind kind) => kind switch
    {
        StorageIncidentKind.DatabaseReplaced => StorageProblemWords.DatabaseReplaced,
        StorageIncidentKind.WriteFailed => StorageProblemWords.WriteFailed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown incident kind."),
    };

    /// <summary>Any word but a failed write reads as a replaced database, as the store always read it.</summary>
    public static StorageIncidentKind Parse(string word) =>
        word == StorageProblemWords.WriteFailed ? StorageIncidentKind.WriteFailed : StorageIncidentKind.DatabaseReplaced;
}
