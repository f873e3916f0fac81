namespace SafeBrowse.Storage;

public sealed class IncidentStore
{
    private readonly SqliteGateway gateway;

    internal IncidentStore(SqliteGateway gateway) => this.gateway = gateway;

    public void Record(StorageIncidentKind kind, DateTimeOffset at)
    {
        var id = KindId(kind);
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
                reader.GetString(1) == "write_failed" ? StorageIncidentKind.WriteFailed : StorageIncidentKind.DatabaseReplaced,
                UnixTime.FromMilliseconds(reader.GetInt64(2))),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));

    // The protocol's storageProblems[] kind ids.
    private static string KindId(StorageIncidentKind kind) => kind switch
    {
        StorageIncidentKind.DatabaseReplaced => "database_replaced",
        StorageIncidentKind.WriteFailed => "write_failed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown incident kind."),
    };
}
