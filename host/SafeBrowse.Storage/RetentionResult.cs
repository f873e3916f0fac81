namespace SafeBrowse.Storage;

/// <summary>
/// What a sweep deleted. <see cref="OtherRowsDeleted"/> counts activity spans, pauses, site use, incidents, contact risk
/// states and digest rows; <see cref="DigestFilesToDelete"/> are the files of the deleted digest rows, which the host deletes.
/// <see cref="DamagedCopiesDeleted"/> counts the files of damaged databases moved aside that the sweep deleted itself.
/// </summary>
public sealed record RetentionResult(int EventsDeleted, int FeedbackDeleted, int OtherRowsDeleted, IReadOnlyList<string> DigestFilesToDelete)
{
    public int DamagedCopiesDeleted { get; init; }
}
