using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

public sealed class FeedbackStore
{
    private const string Columns = "id, profile_id, site, contact, at, categories, verdict";

    private readonly SqliteGateway gateway;

    internal FeedbackStore(SqliteGateway gateway) => this.gateway = gateway;

    /// <summary>Stores the entry and returns its id (<see cref="FeedbackEntry.Id"/> is ignored).</summary>
    public long Record(FeedbackEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Site, nameof(entry));
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Contact, nameof(entry));
        var categories = CategoryList.Join(entry.Categories);
        var verdict = entry.Verdict is { } given ? FeedbackVerdicts.Word(given) : null;
        return gateway.Write(connection => connection.Single<long>(
            """
            INSERT INTO feedback (profile_id, site, contact, at, categories, verdict)
            VALUES ($profile, $site, $contact, $at, $categories, $verdict) RETURNING id
            """,
            ("$profile", entry.ProfileId),
            ("$site", entry.Site),
            ("$contact", entry.Contact),
            ("$at", UnixTime.ToMilliseconds(entry.At)),
            ("$categories", categories),
            ("$verdict", verdict)));
    }

    /// <summary>The profile's entries in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IReadOnlyList<FeedbackEntry> Between(long profileId, DateTimeOffset from, DateTimeOffset to) =>
        gateway.Read(connection => connection.Query(
            $"SELECT {Columns} FROM feedback WHERE profile_id = $profile AND at >= $from AND at < $to ORDER BY at, id",
            Map,
            ("$profile", profileId),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));

    /// <summary>Every profile's entries from <paramref name="from"/> on, oldest first.</summary>
    public IReadOnlyList<FeedbackEntry> Since(DateTimeOffset from) =>
        gateway.Read(connection => connection.Query(
            $"SELECT {Columns} FROM feedback WHERE at >= $from ORDER BY at, id",
            Map,
            ("$from", UnixTime.ToMilliseconds(from))));

    /// <returns>False when no entry has this id.</returns>
    public bool Review(long id, FeedbackVerdict verdict)
    {
        var verdictId = FeedbackVerdicts.Word(verdict);
        return gateway.Write(connection => connection.Execute(
            "UPDATE feedback SET verdict = $verdict WHERE id = $id",
            ("$verdict", verdictId),
            ("$id", id))) > 0;
    }

    private static FeedbackEntry Map(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        UnixTime.FromMilliseconds(reader.GetInt64(4)),
        CategoryList.Split(reader.GetString(5)),
        FeedbackVerdicts.Parse(reader.GetNullableString(6)));
}
