using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>A setup code as it is kept on disk: its salted hash, never the code.</summary>
/// <param name="Id">Names this code in the family database, which remembers it spent or its reset applied.</param>
/// <param name="IssuedAt">When install, repair or <c>pin reset</c> made it.</param>
/// <param name="ClearsPin">Issued by <c>pin reset</c>: the host clears the PIN the first time it sees the code.</param>
/// <param name="Salt">PBKDF2 salt.</param>
/// <param name="Hash">PBKDF2-SHA256 of the normalized code.</param>
/// <param name="Iterations">PBKDF2 iterations.</param>
internal sealed record SetupCodeRecord(string Id, DateTimeOffset IssuedAt, bool ClearsPin, byte[] Salt, byte[] Hash, int Iterations)
{
    public bool Matches(string typed) => PinHasher.Matches(SetupCode.Normalize(typed), new StoredPin(Salt, Hash, Iterations, IssuedAt));
}
