using System.Security.Cryptography;
using System.Text;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// Salted PBKDF2-SHA256. A PIN is short, and the database is readable by whoever uses this computer account, so the
/// iteration count is what makes guessing it offline slow (OWASP's 600,000 for SHA-256).
/// </summary>
internal sealed class PinHasher(TimeProvider clock, int iterations = PinHasher.DefaultIterations)
{
    public const int DefaultIterations = 600_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public StoredPin Hash(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new StoredPin(salt, Derive(pin, salt, iterations), iterations, clock.GetUtcNow());
    }

    public static bool Matches(string pin, StoredPin stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var candidate = Derive(pin, stored.Salt, stored.Iterations);
        return CryptographicOperations.FixedTimeEquals(candidate, stored.Hash);
    }

    private static byte[] Derive(string pin, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
