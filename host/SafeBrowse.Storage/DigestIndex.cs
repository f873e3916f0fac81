using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Which weekly digests exist. Several host processes share the database, so a digest is claimed first: exactly
/// one process writes each (profile, week), and a claim abandoned by a crashed process expires.
/// </summary>
public sealed partial class DigestIndex
{
    private const string Columns = "profile_id, week, path, claimed_at, completed_at";

    private readonly SqliteGateway gateway;

    internal DigestIndex(SqliteGateway gateway) => this.gateway = gateway;

    public static TimeSpan ClaimTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <returns>
    /// True once per (profile, week): false while another claim is younger than <see cref="ClaimTimeout"/> or once
    /// the digest is complete.
    /// </returns>
    public bool TryClaim(long profileId, string week, DateTimeOffset at)
    {
        RequireWeek(week);
        return gateway.Write(connection => connection.Execute(
            """
            INSERT INTO digests (profile_id, week, claimed_at) VALUES ($profile, $week, $at)
            ON CONFLICT (profile_id, week) DO UPDATE SET claimed_at = excluded.claimed_at
            WHERE digests.completed_at IS NULL AND excluded.claimed_at - digests.claimed_at >= $timeout
            """,
            ("$profile", profileId),
            ("$week", week),
            ("$at", UnixTime.ToMilliseconds(at)),
            ("$timeout", (long)ClaimTimeout.TotalMilliseconds))) > 0;
    }

    public void Complete(long profileId, string week, string path, DateTimeOffset at)
    {
        RequireWeek(week);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        gateway.Write(connection => connection.Execute(
            """
            INSERT INTO digests (profile_id, week, path, claimed_at, completed_at) VALUES ($profile, $week, $path, $at, $at)
            ON CONFLICT (profile_id, week) DO UPDATE SET path = excluded.path, completed_at = excluded.completed_at
            """,
            ("$profile", profileId),
            ("$week", week),
            ("$path", path),
            ("$at", UnixTime.ToMilliseconds(at))));
    }

    /// <summary>Gives up an unfinished claim so another process may try at once; a completed digest stays.</summary>
    public void Release(long profileId, string week)
    {
        RequireWeek(week);
        gateway.Write(connection => connection.Execute(
            "DELETE FROM digests WHERE profile_id = $profile AND week = $week AND completed_at IS NULL",
            ("$profile", profileId),
            ("$week", week)));
    }

    /// <summary>The profile's digests, claimed or complete, newest week first.</summary>
    public IReadOnlyList<DigestRecord> List(long profileId) =>
        gateway.Read(connection => connection.Query(
            $"SELECT {Columns} FROM digests WHERE profile_id = $profile ORDER BY week DESC",
            Map,
            ("$profile", profileId)));

    // ISO week ids sort by time only in this exact shape, which List relies on.
    private static void RequireWeek(string week)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (!IsoWeek().IsMatch(week))
        {
            throw new ArgumentException("The week must look like 2026-W09.", nameof(week));
        }
    }

    [GeneratedRegex(@"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWeek();

    private static DigestRecord Map(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetNullableString(2),
        UnixTime.FromMilliseconds(reader.GetInt64(3)),
        UnixTime.FromMilliseconds(reader.GetNullableInt64(4)));
}
