using System.Security.Cryptography;
using System.Text;

namespace SafeBrowse.Host.Family;

/// <summary>
/// The one-time code that lets a parent set the first PIN: three groups of four characters a parent can copy from
/// the installer's last words without mistaking one for another.
/// </summary>
internal static class SetupCode
{
    /// <summary>
    /// No 0/O, 1/I/L, U/V or 5/S pairs. 27 symbols, 12 of them: about 57 bits, so guessing through the parents' page
    /// behind <see cref="PinPolicy.DelayAfter"/> (an hour a try after a dozen wrong ones) never gets near.
    /// </summary>
    public const string Alphabet = "2346789ABCDEFGHJKMNPQRTWXYZ";

    public const int Groups = 3;
    public const int GroupLength = 4;

    public static string New()
    {
        var code = new StringBuilder(Groups * (GroupLength + 1));
        for (var group = 0; group < Groups; group++)
        {
            if (group > 0)
            {
                code.Append('-');
            }

            code.Append(RandomNumberGenerator.GetString(Alphabet, GroupLength));
        }

        return code.ToString();
    }

    /// <summary>What a parent typed, as the code was hashed: case, spaces and dashes do not matter.</summary>
    public static string Normalize(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var normalized = new StringBuilder(typed.Length);
        foreach (var character in typed)
        {
            if (!char.IsWhiteSpace(character) && character != '-')
            {
                normalized.Append(char.ToUpperInvariant(character));
            }
        }

        return normalized.ToString();
    }
}
