using System.Globalization;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Words planted in one request's fields so a reply that quotes them is caught. Each request gets its own, so data a
/// parent may see by design (an excerpt in a digest, a contact in the overview) is never mistaken for an echo.
/// </summary>
/// <param name="Text">In chat text, keys, times and PINs: no reply may ever quote it.</param>
/// <param name="Field">In sites, contacts and names: an ok reply may show these back (decisions, profiles), an error never.</param>
internal sealed record Canaries(string Text, string Field)
{
    public static Canaries Next(Random random)
    {
        var nonce = random.Next(0x1000000, 0x10000000).ToString("x7", CultureInfo.InvariantCulture);
        return new Canaries($"QUOKKA{nonce}", $"NUMBAT{nonce}");
    }

    /// <summary>Fields whose value must never come back in any reply.</summary>
    public static bool IsSecret(string field) => field is "text" or "key" or "time" or "pin";

    /// <summary>The canary for a field, or null for fields the host echoes by design (id, type) or that carry no words.</summary>
    public string? For(string field) => field switch
    {
        "v" or "id" or "type" or "session" => null,
        _ when IsSecret(field) => Text,
        _ => Field,
    };
}
