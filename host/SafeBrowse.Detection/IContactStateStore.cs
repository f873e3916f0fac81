namespace SafeBrowse.Detection;

/// <summary>
/// Where <see cref="RiskEngine"/> keeps each contact's risk between host processes. The snapshot is opaque to the
/// store and never holds text. Implementations swallow their own storage failures: protection goes on in memory.
/// </summary>
public interface IContactStateStore
{
    /// <returns>The contact's last saved state, or null when none was saved (or it cannot be read).</returns>
    StoredContactState? Load(string conversation, string contact);

    /// <summary>Saves when the stored revision is still <paramref name="expectedRevision"/> (0: nothing stored yet).</summary>
    /// <returns>
    /// The revision the row has now, or null when another process changed or cleared it since it was loaded. When
    /// the disk refused the write the state stays in memory and <paramref name="expectedRevision"/> comes back.
    /// </returns>
    long? Save(string conversation, string contact, byte[] snapshot, long expectedRevision, DateTimeOffset seenAt);

    /// <summary>
    /// A short keyed hash of a message's key, the same in every process of the family, so a message a page shows
    /// again after a restart is recognised without keeping its key (which may hash its text). Null when unavailable.
    /// </summary>
    uint? Fingerprint(string messageKey);
}
