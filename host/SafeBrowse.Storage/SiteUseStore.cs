namespace SafeBrowse.Storage;

/// <summary>Which watched chat sites a child used on which day, so the digest can say where SafeBrowse looked.</summary>
public sealed class SiteUseStore
{
    private readonly SqliteGateway gateway;

    internal SiteUseStore(SqliteGateway gateway) => this.gateway = gateway;

    /// <summary>Notes the site for that day; recording it again changes nothing.</summary>
    public void Record(long profileId, string site, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        gateway.Write(connection => connection.Execute(
            "INSERT OR IGNORE INTO site_use (profile_id, day, site) VALUES ($profile, $day, $site)",
            ("$profile", profileId),
            ("$day", UnixTime.ToMilliseconds(day)),
            ("$site", site)));
    }

    /// <summary>
    /// Distinct sites used from day <paramref name="from"/> through day <paramref name="to"/>, both included (a
    /// week is Monday through Sunday), sorted ordinally.
    /// </summary>
    public IReadOnlyList<string> Between(long profileId, DateOnly from, DateOnly to) =>
        gateway.Read(connection => connection.Query(
            "SELECT DISTINCT site FROM site_use WHERE profile_id = $profile AND day BETWEEN $from AND $to ORDER BY site",
            reader => reader.GetString(0),
            ("$profile", profileId),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));
}
