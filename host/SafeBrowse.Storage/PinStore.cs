using Microsoft.Data.Sqlite;

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

    /// <summary>
    /// Replaces the PIN, clears the count of wrong tries and records the change for the digest, in one transaction;
    /// the caller has checked the parent's session.
    /// </summary>
    public void Write(StoredPin pin)
    {
        Validate(pin);
        gateway.Write(connection =>
        {
            var kind = connection.Single<long>("SELECT count(*) FROM pin") > 0 ? PinChangeKind.Changed : PinChangeKind.Set;
            Save(connection, pin, kind);
        });
    }

    /// <summary>
    /// Sets the first PIN and spends the setup code that allowed it, in one transaction: false, and nothing written,
    /// when a PIN appeared meanwhile or the code was spent already.
    /// </summary>
    public bool WriteFirst(StoredPin pin, string setupCodeId)
    {
        Validate(pin);
        ArgumentException.ThrowIfNullOrEmpty(setupCodeId);
        return gateway.Write(connection =>
        {
            if (connection.Single<long>("SELECT count(*) FROM pin") > 0 || IsSpentIn(connection, setupCodeId))
            {
                return false;
            }

            connection.Execute(
                """
                INSERT INTO setup_codes (id, seen_at, used_at) VALUES ($id, $at, $at)
                ON CONFLICT (id) DO UPDATE SET used_at = excluded.used_at
                """,
                ("$id", setupCodeId),
                ("$at", UnixTime.ToMilliseconds(pin.SetAt)));
            Save(connection, pin, PinChangeKind.Set);
            return true;
        });
    }

    /// <summary>Whether the setup code was used to set a PIN; a spent code never sets another, even after a reset.</summary>
    public bool IsSetupCodeSpent(string setupCodeId) => gateway.Read(connection => IsSpentIn(connection, setupCodeId));

    /// <summary>
    /// Clears the PIN for the reset that issued <paramref name="setupCodeId"/>, once: true the first time this
    /// database sees that code, false afterwards, so a reset code left on disk never clears a PIN set after it.
    /// </summary>
    public bool ApplyReset(string setupCodeId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(setupCodeId);
        return gateway.Write(connection =>
        {
            var inserted = connection.Execute(
                "INSERT INTO setup_codes (id, seen_at) VALUES ($id, $at) ON CONFLICT (id) DO NOTHING",
                ("$id", setupCodeId),
                ("$at", UnixTime.ToMilliseconds(at)));
            if (inserted == 0)
            {
                return false;
            }

            connection.Execute("DELETE FROM pin");
            connection.Execute("DELETE FROM pin_attempts");
            Record(connection, PinChangeKind.Reset, at);
            return true;
        });
    }

    /// <summary>PIN changes in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IReadOnlyList<PinChange> ChangesBetween(DateTimeOffset from, DateTimeOffset to) =>
        gateway.Read(connection => connection.Query(
            "SELECT kind, at FROM pin_changes WHERE at >= $from AND at < $to ORDER BY at, id",
            reader => new PinChange(Enum.Parse<PinChangeKind>(reader.GetString(0), ignoreCase: true), UnixTime.FromMilliseconds(reader.GetInt64(1))),
            ("$from", UnixTime.ToMilliseconds(from)),
            ("$to", UnixTime.ToMilliseconds(to))));

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

    private static void Validate(StoredPin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        ArgumentNullException.ThrowIfNull(pin.Salt);
        ArgumentNullException.ThrowIfNull(pin.Hash);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pin.Iterations, nameof(pin));
    }

    private static bool IsSpentIn(SqliteConnection connection, string setupCodeId) =>
        connection.Single<long>("SELECT count(*) FROM setup_codes WHERE id = $id AND used_at IS NOT NULL", ("$id", setupCodeId)) > 0;

    private static void Save(SqliteConnection connection, StoredPin pin, PinChangeKind kind)
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
        Record(connection, kind, pin.SetAt);
    }

    // Lower-case names are the stored ids, as the other stores keep theirs.
    private static void Record(SqliteConnection connection, PinChangeKind kind, DateTimeOffset at) =>
        connection.Execute(
            "INSERT INTO pin_changes (kind, at) VALUES ($kind, $at)",
            ("$kind", kind.ToString().ToLowerInvariant()),
            ("$at", UnixTime.ToMilliseconds(at)));
}
