using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Contacts a parent marked as family or trusted, per child and site: a handle the parent chose to name, kept as the
/// site shows it so the parents' page can list it and undo it. Every change is kept for the week's digest.
/// </summary>
public sealed class TrustedContactStore
{
    private readonly SqliteGateway gateway;

    internal TrustedContactStore(SqliteGateway gateway) => this.gateway = gateway;

    /// <summary>Marks the contact, or changes what it is marked as; a mark that is already there changes nothing.</summary>
    /// <returns>Whether anything changed.</returns>
    /// <exception cref="ArgumentException">The kind is not a <see cref="TrustKinds"/> word, or the profile does not exist.</exception>
    public bool Set(long profileId, string site, string contact, string kind, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        ArgumentException.ThrowIfNullOrWhiteSpace(contact);
        if (!TrustKinds.IsKnown(kind))
        {
            throw new ArgumentException("The kind must be family or trusted.", nameof(kind));
        }

        var time = UnixTime.ToMilliseconds(at);
        return gateway.Write(connection =>
        {
            var changed = connection.Execute(
                """
                INSERT INTO trusted_contacts (profile_id, site, contact, kind, set_at) VALUES ($profile, $site, $contact, $kind, $at)
                ON CONFLICT (profile_id, site, contact) DO UPDATE SET kind = excluded.kind, set_at = excluded.set_at
                WHERE kind <> excluded.kind
                """,
                ("$profile", profileId),
                ("$site", site),
                ("$contact", contact),
                ("$kind", kind),
                ("$at", time)) > 0;
            if (changed)
            {
                Log(connection, profileId, site, contact, kind, time);
            }

            return changed;
        });
    }

    /// <returns>Whether the contact was marked.</returns>
    public bool Remove(long profileId, string site, string contact, DateTimeOffset at)
    {
        var time = UnixTime.ToMilliseconds(at);
        return gateway.Write(connection =>
        {
            var removed = connection.Execute(
                "DELETE FROM trusted_contacts WHERE profile_id = $profile AND site = $site AND contact = $contact",
                ("$profile", profileId),
                ("$site", site),
                ("$contact", contact)) > 0;
            if (removed)
            {
                Log(connection, profileId, site, contact, null, time);
            }

            return removed;
        });
    }

    /// <summary>The child's trusted contacts, by site then handle.</summary>
    public IReadOnlyList<TrustedContact> List(long profileId) =>
        gateway.Read(connection => connection.Query(
            "SELECT profile_id, site, contact, kind, set_at FROM trusted_contacts WHERE profile_id = $profile ORDER BY site, contact",
            reader => new TrustedContact(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), UnixTime.FromMilliseconds(reader.GetInt64(4))),
            ("$profile", profileId)));

    /// <summary>The handles the child's parent trusts on one site: what scoring asks for each batch.</summary>
    public IReadOnlySet<string> OnSite(long profileId, string site) =>
        gateway.Read(connection => connection.Query(
            "SELECT contact FROM trusted_contacts WHERE profile_id = $profile AND site = $site",
            reader => reader.GetString(0),
            ("$profile", profileId),
            ("$site", site))).ToHashSet(StringComparer.Ordinal);

    /// <summary>The profile's changes in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IReadOnlyList<TrustedContactChange> ChangesBetween(long profileId, DateTimeOffset from, DateTimeOffset to) =>
        gateway.Read(connection => connection.Query(
            """
            SELECT id, profile_id, site, contact, kind, at FROM trusted_contact_changes
            WHERE profile_id = $profile AND at >= $from AND at < $to ORDER BY at, id
            """,
            reader => new TrustedContactChange(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetNullableString(4), UnixTime.FromMilliseconds(reader.GetInt64(5))),
            ("$profile", profileId),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));

    private static void Log(SqliteConnection connection, long profileId, string site, string contact, string? kind, long at) => connection.Execute(
        "INSERT INTO trusted_contact_changes (profile_id, site, contact, kind, at) VALUES ($profile, $site, $contact, $kind, $at)",
        ("$profile", profileId),
        ("$site", site),
        ("$contact", contact),
        ("$kind", kind),
        ("$at", at));
}
