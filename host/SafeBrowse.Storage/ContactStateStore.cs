using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Each contact's risk over time, shared by every host process of the family. A write succeeds only at the revision
/// the writer loaded, so two processes never overwrite each other's evidence: the loser reloads and applies again.
/// Rows are found by keyed hash (<see cref="ContactKeys"/>); the parent clears a contact by its handle.
/// </summary>
public sealed class ContactStateStore
{
    private readonly SqliteGateway gateway;
    // Read once; two threads may both read it first, and get the same salt. Not cached when the read failed.
    private ContactKeys? keys;

    internal ContactStateStore(SqliteGateway gateway) => this.gateway = gateway;

    private ContactKeys Keys => keys ??= ReadOrCreateKeys();

    public ContactStateRow? Load(string conversation, string contact)
    {
        var key = StateKey(conversation, contact);
        return gateway.Read(connection => connection.QueryFirst(
            "SELECT snapshot, revision FROM contact_states WHERE state_key = $key",
            reader => new ContactStateRow((byte[])reader.GetValue(0), reader.GetInt64(1)),
            ("$key", key)));
    }

    /// <summary>Saves when the stored revision is still <paramref name="expectedRevision"/> (0: no row yet).</summary>
    /// <returns>The new revision, or null when another process saved or the parent cleared the row in between.</returns>
    public long? Save(string conversation, string contact, byte[] snapshot, long expectedRevision, DateTimeOffset seenAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedRevision);
        var key = StateKey(conversation, contact);
        var contactKey = Keys.Contact(contact);
        var seen = UnixTime.ToMilliseconds(seenAt);
        return gateway.Write(connection => expectedRevision == 0
            ? Insert(connection, key, contactKey, snapshot, seen)
            : Revision(connection.Query(
                """
                UPDATE contact_states SET snapshot = $snapshot, revision = revision + 1, seen_at = $seen
                WHERE state_key = $key AND revision = $expected RETURNING revision
                """,
                reader => reader.GetInt64(0),
                ("$snapshot", snapshot),
                ("$seen", seen),
                ("$key", key),
                ("$expected", expectedRevision))));
    }

    /// <summary>A message key as the first 4 bytes of this database's keyed hash: recognisable again, never stored as is.</summary>
    public uint Fingerprint(string messageKey)
    {
        ArgumentNullException.ThrowIfNull(messageKey);
        return Keys.Message(messageKey);
    }

    /// <summary>Forgets this contact in every conversation, for a parent who knows the alarm was wrong.</summary>
    /// <returns>How many rows were deleted.</returns>
    public int Clear(string contact)
    {
        var contactKey = Keys.Contact(contact);
        return gateway.Write(connection => connection.Execute(
            "DELETE FROM contact_states WHERE contact_key = $contact", ("$contact", contactKey)));
    }

    // A new row starts at a random revision, so a process still holding a cleared row's revision cannot overwrite
    // the row another process created after the clear.
    private static long? Insert(SqliteConnection connection, byte[] key, byte[] contactKey, byte[] snapshot, long seen) =>
        Revision(connection.Query(
            """
            INSERT INTO contact_states (state_key, contact_key, snapshot, revision, seen_at)
            VALUES ($key, $contact, $snapshot, $revision, $seen)
            ON CONFLICT (state_key) DO NOTHING RETURNING revision
            """,
            reader => reader.GetInt64(0),
            ("$key", key),
            ("$contact", contactKey),
            ("$snapshot", snapshot),
            ("$revision", 1 + RandomNumberGenerator.GetInt32(int.MaxValue)),
            ("$seen", seen)));

    private static long? Revision(List<long> returned) => returned is [var revision] ? revision : null;

    private byte[] StateKey(string conversation, string contact)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(contact);
        return Keys.State(conversation, contact);
    }

    private ContactKeys ReadOrCreateKeys() => new(gateway.Write(connection =>
    {
        connection.Execute(
            "INSERT OR IGNORE INTO contact_state_salt (id, salt) VALUES (1, $salt)",
            ("$salt", RandomNumberGenerator.GetBytes(ContactKeys.SaltLength)));
        return connection.Single<byte[]>("SELECT salt FROM contact_state_salt WHERE id = 1");
    }));
}
