using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

public sealed class PauseStore
{
    private const string Columns = "id, profile_id, start_at, end_at";

    private readonly SqliteGateway gateway;

    internal PauseStore(SqliteGateway gateway) => this.gateway = gateway;

    /// <summary>Starts a pause from <paramref name="from"/> until <paramref name="until"/>, ending any pause running then.</summary>
    public PausePeriod Start(long profileId, DateTimeOffset from, DateTimeOffset until)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(until, from);
        var start = UnixTime.ToMilliseconds(from);
        return gateway.Write(connection =>
        {
            EndRunning(connection, profileId, start);
            return connection.QueryFirst(
                $"INSERT INTO pauses (profile_id, start_at, end_at) VALUES ($profile, $start, $end) RETURNING {Columns}",
                Map,
                ("$profile", profileId),
                ("$start", start),
                ("$end", UnixTime.ToMilliseconds(until)))!;
        });
    }

    public void EndActive(long profileId, DateTimeOffset at)
    {
        var time = UnixTime.ToMilliseconds(at);
        gateway.Write(connection => EndRunning(connection, profileId, time));
    }

    public PausePeriod? Active(long profileId, DateTimeOffset now) =>
        gateway.Read(connection => connection.QueryFirst(
            $"""
            SELECT {Columns} FROM pauses WHERE profile_id = $profile AND start_at <= $now AND end_at > $now
            ORDER BY start_at DESC, id DESC LIMIT 1
            """,
            Map,
            ("$profile", profileId),
            ("$now", UnixTime.ToMilliseconds(now))));

    /// <summary>The profile's pauses that overlap [<paramref name="from"/>, <paramref name="to"/>), by start.</summary>
    public IReadOnlyList<PausePeriod> Between(long profileId, DateTimeOffset from, DateTimeOffset to) =>
        gateway.Read(connection => connection.Query(
            $"""
            SELECT {Columns} FROM pauses WHERE profile_id = $profile AND start_at < $to AND end_at > $from
            ORDER BY start_at, id
            """,
            Map,
            ("$profile", profileId),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));

    private static void EndRunning(SqliteConnection connection, long profileId, long at) => connection.Execute(
        "UPDATE pauses SET end_at = $at WHERE profile_id = $profile AND start_at <= $at AND end_at > $at",
        ("$at", at),
        ("$profile", profileId));

    private static PausePeriod Map(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        UnixTime.FromMilliseconds(reader.GetInt64(2)),
        UnixTime.FromMilliseconds(reader.GetInt64(3)));
}
