namespace SafeBrowse.Storage;

public sealed class PinStore
{
    private readonly SqliteGateway gateway;

    internal PinStore(SqliteGateway gateway) => this.gateway = gateway;

    public StoredPin? Read() => gateway.Read(connection => connection.QueryFirst(
        "SELECT salt, hash, iterations, set_at FROM pin WHERE id = 1",
        reader => new StoredPin(
            reader.GetFieldValue<byte[]>(0),
            reader.GetFieldValue<byte[]>(1),
            reader.GetInt32(2),
            UnixTime.FromMilliseconds(reader.GetInt64(3)))));

    /// <summary>Sets or replaces the PIN and clears the count of wrong tries, in one transaction.</summary>
    public void Write(StoredPin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        ArgumentNullException.ThrowIfNull(pin.Salt);
        ArgumentNullException.ThrowIfNull(pin.Hash);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pin.Iterations, nameof(pin));
        gateway.Write(connection =>
        {
            connection.Execute(
                """
                INSERT INTO pin (id, salt, hash, iterations, set_at) VALUES (1, $salt, $hash, $iterations, $at)
                ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash,
                    iterations = excluded.iterations, set_at = excluded.set_at
                """,
                ("$salt", pin.Salt),
                ("$hash", pin.Hash),
                ("$iterations", pin.Iterations),
                ("$at", UnixTime.ToMilliseconds(pin.SetAt)));
            connection.Execute("DELETE FROM pin_attempts");
        });
    }

    public PinAttempts ReadAttempts() => gateway.Read(connection => connection.QueryFirst(
        "SELECT consecutive_failures, last_failure_at FROM pin_attempts WHERE id = 1",
        reader => new PinAttempts(reader.GetInt32(0), UnixTime.FromMilliseconds(reader.GetNullableInt64(1))))) ?? PinAttempts.None;

    /// <summary>Counts one more wrong try atomically, so two extension pages guessing at once both count.</summary>
    public PinAttempts RecordFailure(DateTimeOffset at) => gateway.Write(connection => connection.QueryFirst(
        """
        INSERT INTO pin_attempts (id, consecutive_failures, last_failure_at) VALUES (1, 1, $at)
        ON CONFLICT (id) DO UPDATE SET consecutive_failures = consecutive_failures + 1, last_failure_at = excluded.last_failure_at
        RETURNING consecutive_failures, last_failure_at
        """,
        reader => new PinAttempts(reader.GetInt32(0), UnixTime.FromMilliseconds(reader.GetNullableInt64(1))),
        ("$at", UnixTime.ToMilliseconds(at)))!);

    public void ResetAttempts() => gateway.Write(connection => connection.Execute("DELETE FROM pin_attempts"));
}
