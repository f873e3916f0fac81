namespace SafeBrowse.Storage;

public sealed class IncidentStore
{
    private readonly SqliteGateway gateway;

    internal IncidentStore(SqliteGateway gateway) => this.gateway = gateway;

    public void Record(StorageIncidentKind kind, DateTimeOffset at)
    {
        var id = StorageIncidentKinds.Word(kind);
        gateway.Write(connection => connection.Execute(
            "INSERT INTO incidents (kind, at) VALUES ($kind, $at)",
            ("$kind", id),
            ("$at", UnixTime.ToMilliseconds(at))));
    }

    /// <summary>Incidents in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IReadOnlyList<StorageIncident> Between(DateTimeOffset from, DateTimeOffset to) =>
        gateway.Read(connection => connection.Query(
            "SELECT id, kind, at FROM incidents WHERE at >= $from AND at < $to ORDER BY at, id",
            reader => new StorageIncident(
                reader.GetInt64(0),
                StorageIncidentKinds.Parse(reader.GetString(1)),
                UnixTime.FromMilliseconds(reader.GetInt64(2))),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));
}
