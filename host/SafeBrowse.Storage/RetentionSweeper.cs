namespace SafeBrowse.Storage;

/// <summary>
/// Deletes everything older than the family's retention. secure_delete zeroes the freed space, and the WAL is
/// checkpointed and truncated afterwards so no copy of a deleted row stays in the -wal file either. Spent setup
/// codes stay: forgetting one would let it set a PIN again. Copies of a damaged database moved aside hold the same
/// kind of rows, so they go once the retention has passed since they were moved.
/// </summary>
public sealed class RetentionSweeper
{
    private readonly SqliteGateway gateway;
    private readonly DatabaseFiles files;

    internal RetentionSweeper(SqliteGateway gateway, DatabaseFiles files)
    {
        this.gateway = gateway;
        this.files = files;
    }

    public RetentionResult Sweep(DateTimeOffset now)
    {
        var oldest = now;
        var result = gateway.Write(connection =>
        {
            oldest = now - TimeSpan.FromDays(SettingsStore.ReadIn(connection).RetentionDays);
            var cutoff = ("$cutoff", (object?)UnixTime.ToMilliseconds(oldest));
            var events = connection.Execute("DELETE FROM events WHERE at < $cutoff", cutoff);
            var feedback = connection.Execute("DELETE FROM feedback WHERE at < $cutoff", cutoff);
            var others = connection.Execute("DELETE FROM activity_spans WHERE last_seen_at < $cutoff", cutoff)
                + connection.Execute("DELETE FROM pauses WHERE end_at < $cutoff", cutoff)
                + connection.Execute("DELETE FROM site_use WHERE day < $cutoff", cutoff)
                + connection.Execute("DELETE FROM incidents WHERE at < $cutoff", cutoff)
                + connection.Execute("DELETE FROM pin_changes WHERE at < $cutoff", cutoff)
                + connection.Execute("DELETE FROM contact_states WHERE seen_at < $cutoff", cutoff)
                + connection.Execute("DELETE FROM trusted_contact_changes WHERE at < $cutoff", cutoff);
            var digests = connection.Query(
                "DELETE FROM digests WHERE coalesce(completed_at, claimed_at) < $cutoff RETURNING path",
                reader => reader.GetNullableString(0),
                cutoff);
            return new RetentionResult(events, feedback, others + digests.Count, [.. digests.OfType<string>()]);
        });

        if (result.EventsDeleted + result.FeedbackDeleted + result.OtherRowsDeleted > 0)
        {
            gateway.Read(connection => connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        }

        return result with { DamagedCopiesDeleted = DeleteDamagedCopies(oldest) };
    }

    /// <exception cref="StorageUnavailableException">A copy could not be deleted.</exception>
    private int DeleteDamagedCopies(DateTimeOffset movedBefore)
    {
        var copies = files.CorruptCopiesMovedBefore(movedBefore);
        try
        {
            foreach (var copy in copies)
            {
                File.Delete(copy);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException("A damaged copy of the family database could not be deleted.", exception);
        }

        return copies.Count;
    }
}
