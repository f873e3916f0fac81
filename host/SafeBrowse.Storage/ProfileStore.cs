using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Child profiles, and which browser profile (install) belongs to which child. Names are unique ignoring case,
/// compared through an upper-cased key because SQLite's NOCASE folds ASCII only ("Ángela" and "ángela" are one name).
/// </summary>
public sealed class ProfileStore
{
    private const string Columns = "id, name, age_band, language, country, created_at";

    private readonly SqliteGateway gateway;
    private readonly TimeProvider clock;

    internal ProfileStore(SqliteGateway gateway, TimeProvider clock)
    {
        this.gateway = gateway;
        this.clock = clock;
    }

    public IReadOnlyList<ChildProfile> List() =>
        gateway.Read(connection => connection.Query($"SELECT {Columns} FROM profiles ORDER BY name_key, id", Map));

    public ChildProfile? Find(string name)
    {
        var key = Key(name);
        return gateway.Read(connection => FindByKey(connection, key));
    }

    public ChildProfile? Get(long id) =>
        gateway.Read(connection => connection.QueryFirst($"SELECT {Columns} FROM profiles WHERE id = $id", Map, ("$id", id)));

    /// <summary>
    /// Inserts a profile, or updates the one already called <paramref name="name"/>; with <paramref name="previousName"/>,
    /// updates and renames that profile instead.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No profile is called <paramref name="previousName"/>.</exception>
    /// <exception cref="ArgumentException">Another profile already has <paramref name="name"/>.</exception>
    public ChildProfile Save(string name, AgeBand ageBand, string language, string country, string? previousName = null)
    {
        var trimmed = Trimmed(name);
        var key = Key(trimmed);
        var previousKey = previousName is null ? key : Key(previousName);
        var ageBandId = AgeBands.ToId(ageBand);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);

        return gateway.Write(connection =>
        {
            var existing = FindByKey(connection, previousKey);
            if (existing is null && previousName is not null)
            {
                throw new KeyNotFoundException("No profile has the previous name.");
            }

            if (FindByKey(connection, key) is { } holder && holder.Id != existing?.Id)
            {
                throw new ArgumentException("Another profile already has this name.", nameof(name));
            }

            (string, object?)[] values =
            [
                ("$name", trimmed), ("$key", key), ("$age", ageBandId), ("$language", language), ("$country", country),
            ];
            return existing is null
                ? connection.QueryFirst(
                    $"""
                    INSERT INTO profiles (name, name_key, age_band, language, country, created_at)
                    VALUES ($name, $key, $age, $language, $country, $created) RETURNING {Columns}
                    """,
                    Map,
                    [.. values, ("$created", UnixTime.ToMilliseconds(clock.GetUtcNow()))])!
                : connection.QueryFirst(
                    $"""
                    UPDATE profiles SET name = $name, name_key = $key, age_band = $age, language = $language, country = $country
                    WHERE id = $id RETURNING {Columns}
                    """,
                    Map,
                    [.. values, ("$id", existing.Id)])!;
        });
    }

    /// <summary>Ties a browser profile to a child; <see langword="null"/> makes it follow the family's default profile.</summary>
    public void Assign(string installId, long? profileId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(installId);
        gateway.Write(connection => connection.Execute(
            """
            INSERT INTO installs (install_id, profile_id) VALUES ($install, $profile)
            ON CONFLICT (install_id) DO UPDATE SET profile_id = excluded.profile_id
            """,
            ("$install", installId),
            ("$profile", profileId)));
    }

    /// <returns>The child explicitly assigned to this browser profile, or null when it follows the default.</returns>
    public long? AssignedProfileId(string installId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(installId);
        return gateway.Read(connection => connection.Query(
            "SELECT profile_id FROM installs WHERE install_id = $install",
            reader => reader.GetNullableInt64(0),
            ("$install", installId))).FirstOrDefault();
    }

    public void SeeInstall(string installId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(installId);
        gateway.Write(connection => connection.Execute(
            """
            INSERT INTO installs (install_id, last_seen_at) VALUES ($install, $at)
            ON CONFLICT (install_id) DO UPDATE SET last_seen_at = max(coalesce(last_seen_at, excluded.last_seen_at), excluded.last_seen_at)
            """,
            ("$install", installId),
            ("$at", UnixTime.ToMilliseconds(at))));
    }

    /// <summary>
    /// Browser profiles that protect this child: those assigned to it, plus unassigned ones when it is the family's
    /// default profile.
    /// </summary>
    public int InstallCount(long profileId) => (int)gateway.Read(connection => connection.Single<long>(
        """
        SELECT count(*) FROM installs
        WHERE profile_id = $profile
           OR (profile_id IS NULL AND $profile = (SELECT default_profile_id FROM settings WHERE id = 1))
        """,
        ("$profile", profileId)));

    private static ChildProfile? FindByKey(SqliteConnection connection, string key) =>
        connection.QueryFirst($"SELECT {Columns} FROM profiles WHERE name_key = $key", Map, ("$key", key));

    private static string Trimmed(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.Trim();
    }

    private static string Key(string name) => Trimmed(name).ToUpperInvariant();

    private static ChildProfile Map(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        AgeBands.TryParse(reader.GetString(2), out var ageBand) ? ageBand : AgeBand.Unknown,
        reader.GetString(3),
        reader.GetString(4),
        UnixTime.FromMilliseconds(reader.GetInt64(5)));
}
