using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SafeBrowse.Storage;

/// <summary>
/// Row keys for contact risk: a keyed hash with this database's own random salt, so the table names no handle and
/// no conversation, and the same handle in another family's file gives another key.
/// </summary>
internal sealed class ContactKeys(byte[] salt)
{
    public const int SaltLength = 32;

    public byte[] State(string conversation, string contact) =>
        Hash($"state\n{conversation.Length}\n{conversation}\n{contact}");

    public byte[] Contact(string contact) => Hash($"contact\n{contact}");

    // Four bytes tell apart the few hundred messages kept per contact. A site without message ids keys a message by a
    // hash of its text, so whoever holds this file (salt included) could test a guessed message: no more than that.
    public uint Message(string key) => BinaryPrimitives.ReadUInt32LittleEndian(Hash($"message\n{key}"));

    private byte[] Hash(string value) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(value));
}
