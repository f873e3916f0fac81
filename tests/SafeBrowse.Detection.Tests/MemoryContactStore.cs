namespace SafeBrowse.Detection.Tests;

/// <summary>An <see cref="IContactStateStore"/> in memory with the revision rules of the real one; counts saves.</summary>
internal sealed class MemoryContactStore : IContactStateStore
{
    private readonly Dictionary<(string Conversation, string Contact), StoredContactState> rows = [];
    private long nextRevision = 1;

    public int Saves { get; private set; }

    public int Conflicts { get; private set; }

    public uint? Fingerprint(string messageKey) => (uint)StringComparer.Ordinal.GetHashCode(messageKey);

    public StoredContactState? Load(string conversation, string contact) => rows.GetValueOrDefault((conversation, contact));

    public long? Save(string conversation, string contact, byte[] snapshot, long expectedRevision, DateTimeOffset seenAt)
    {
        var stored = rows.GetValueOrDefault((conversation, contact))?.Revision ?? 0;
        if (stored != expectedRevision)
        {
            Conflicts++;
            return null;
        }

        Saves++;
        var revision = nextRevision++;
        rows[(conversation, contact)] = new StoredContactState(snapshot, revision);
        return revision;
    }

    /// <summary>Puts raw bytes in place, as an older or newer SafeBrowse (or a damaged disk) would have left them.</summary>
    public void Put(string conversation, string contact, byte[] snapshot) =>
        rows[(conversation, contact)] = new StoredContactState(snapshot, nextRevision++);

    public void Clear(string contact)
    {
        foreach (var key in rows.Keys.Where(key => key.Contact == contact).ToArray())
        {
            rows.Remove(key);
        }
    }
}
