using Microsoft.Data.Sqlite;
using SafeBrowse.Protocol;

namespace SafeBrowse.Storage;

public sealed class EventStore
{
    private const string Columns = "id, profile_id, site, contact, at, level, categories, excerpt";

    private readonly SqliteGateway gateway;

    internal EventStore(SqliteGateway gateway) => this.gateway = gateway;

    /// <summary>
    /// Stores a flagged event and returns its id (<see cref="FlaggedEvent.Id"/> is ignored). The excerpt is dropped
    /// unless the event is an alert and the family allows excerpts, and is cut by <see cref="ExcerptRule"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The level is not notice or alert, or the profile does not exist.</exception>
    public long Record(FlaggedEvent flagged)
    {
        ArgumentNullException.ThrowIfNull(flagged);
        ArgumentException.ThrowIfNullOrWhiteSpace(flagged.Site, nameof(flagged));
        ArgumentException.ThrowIfNullOrWhiteSpace(flagged.Contact, nameof(flagged));
        if (flagged.Level is not (RiskLevelWords.Notice or RiskLevelWords.Alert))
        {
            throw new ArgumentException("Only notice and alert events are stored.", nameof(flagged));
        }

        var categories = CategoryList.Join(flagged.Categories);
        var excerpt = RiskLevelWords.IsAlert(flagged.Level) ? ExcerptRule.Of(flagged.Excerpt) : null;
        return gateway.Write(connection => connection.Single<long>(
            """
            INSERT INTO events (profile_id, site, contact, at, level, categories, excerpt)
            VALUES ($profile, $site, $contact, $at, $level, $categories, $excerpt) RETURNING id
            """,
            ("$profile", flagged.ProfileId),
            ("$site", flagged.Site),
            ("$contact", flagged.Contact),
            ("$at", UnixTime.ToMilliseconds(flagged.At)),
            ("$level", flagged.Level),
            ("$categories", categories),
            ("$excerpt", SettingsStore.ReadIn(connection).Excerpts == ExcerptPolicy.AlertsOnly ? excerpt : null)));
    }

    /// <summary>The profile's events in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IReadOnlyList<FlaggedEvent> Between(long profileId, DateTimeOffset from, DateTimeOffset to) =>
        gateway.Read(connection => connection.Query(
            $"SELECT {Columns} FROM events WHERE profile_id = $profile AND at >= $from AND at < $to ORDER BY at, id",
            Map,
            ("$profile", profileId),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));

    private static FlaggedEvent Map(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        UnixTime.FromMilliseconds(reader.GetInt64(4)),
        reader.GetString(5),
        CategoryList.Split(reader.GetString(6)),
        reader.GetNullableString(7));
}
