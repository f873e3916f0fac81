using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>Spans of activity built from heartbeats; never a browsing history.</summary>
public sealed class ActivityStore
{
    private readonly SqliteGateway gateway;

    internal ActivityStore(SqliteGateway gateway) => this.gateway = gateway;

    /// <summary>
    /// Extends the install's latest span when <paramref name="at"/> comes at most <paramref name="maxGap"/> after it
    /// was last seen (for the same child, with the same <paramref name="impairment"/>); otherwise opens a new span,
    /// leaving the gap visible to the digest. A change of impairment within the gap ends the latest span at
    /// <paramref name="at"/>, so an impaired span lasts until a heartbeat says otherwise. The impairment is null while
    /// protecting, or the heartbeat's word for why it could not.
    /// </summary>
    public void Heartbeat(string installId, long profileId, DateTimeOffset at, TimeSpan maxGap, string? impairment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(installId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxGap, TimeSpan.Zero);
        var time = UnixTime.ToMilliseconds(at);
        var gap = (long)maxGap.TotalMilliseconds;
        gateway.Write(connection =>
        {
            var latest = connection.Query(
                """
                SELECT id, profile_id, start_at, last_seen_at, impairment FROM activity_spans
                WHERE install_id = $install ORDER BY last_seen_at DESC, id DESC LIMIT 1
                """,
                reader => (
                    Id: reader.GetInt64(0),
                    Profile: reader.GetInt64(1),
                    Start: reader.GetInt64(2),
                    LastSeen: reader.GetInt64(3),
                    Impairment: reader.GetNullableString(4)),
                ("$install", installId));
            if (latest is [var span] && span.Profile == profileId && time >= span.Start && time - span.LastSeen <= gap)
            {
                Extend(connection, span.Id, time);
                if (span.Impairment == impairment)
                {
                    return;
                }
            }

            connection.Execute(
                "INSERT INTO activity_spans (install_id, profile_id, start_at, last_seen_at, impairment) VALUES ($install, $profile, $at, $at, $impairment)",
                ("$install", installId),
                ("$profile", profileId),
                ("$at", time),
                ("$impairment", impairment));
        });
    }

    /// <summary>The profile's spans that overlap [<paramref name="from"/>, <paramref name="to"/>), by start.</summary>
    public IReadOnlyList<ActivitySpan> Between(long profileId, DateTimeOffset from, DateTimeOffset to) =>
        gateway.Read(connection => connection.Query(
            """
            SELECT install_id, profile_id, start_at, last_seen_at, impairment FROM activity_spans
            WHERE profile_id = $profile AND start_at < $to AND last_seen_at >= $from ORDER BY start_at, id
            """,
            Map,
            ("$profile", profileId),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));

    private static void Extend(SqliteConnection connection, long spanId, long time) =>
        connection.Execute(
            "UPDATE activity_spans SET last_seen_at = max(last_seen_at, $at) WHERE id = $id",
            ("$at", time),
            ("$id", spanId));

    private static ActivitySpan Map(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt64(1),
        UnixTime.FromMilliseconds(reader.GetInt64(2)),
        UnixTime.FromMilliseconds(reader.GetInt64(3)),
        reader.GetNullableString(4));
}
