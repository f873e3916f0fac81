using SafeBrowse.Detection;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// The risk engine's memory in the family database. Protection never waits on a broken disk: without the database,
/// or when it refuses, a contact is tracked in memory as before, and a refused write is reported to the parent.
/// </summary>
internal sealed class StoredContactStates(FamilyStorage storage) : IContactStateStore
{
    public StoredContactState? Load(string conversation, string contact)
    {
        try
        {
            return storage.Database?.ContactStates.Load(conversation, contact) is { } row
                ? new StoredContactState(row.Snapshot, row.Revision)
                : null;
        }
        catch (StorageUnavailableException)
        {
            return null;
        }
    }

    public long? Save(string conversation, string contact, byte[] snapshot, long expectedRevision, DateTimeOffset seenAt)
    {
        // When the disk refuses, expectedRevision goes back: the state stays in memory and the next change saves it.
        long? revision = expectedRevision;
        storage.TryWrite("risk state", database => revision = database.ContactStates.Save(conversation, contact, snapshot, expectedRevision, seenAt));
        return revision;
    }

    public uint? Fingerprint(string messageKey)
    {
        try
        {
            return storage.Database?.ContactStates.Fingerprint(messageKey);
        }
        catch (StorageUnavailableException)
        {
            return null;
        }
    }
}
