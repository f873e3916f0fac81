namespace SafeBrowse.Digest;

/// <summary>
/// The minimum age the big social and chat services set in their own terms, so the digest can gently point out a
/// site meant for older users. A table rather than a lookup service: the digest makes no network calls.
/// </summary>
public static class SiteMinimumAges
{
    private static readonly AgeLimitedService[] Services =
    [
        new("Instagram", 13, ["instagram.com"]),
        new("TikTok", 13, ["tiktok.com"]),
        new("Discord", 13, ["discord.com", "discordapp.com", "discord.gg"]),
        new("Snapchat", 13, ["snapchat.com"]),
        new("X (Twitter)", 13, ["x.com", "twitter.com"]),
        new("Facebook", 13, ["facebook.com", "fb.com"]),
        new("Messenger", 13, ["messenger.com"]),

        // 13 in most countries; Meta lowered the EU's 16 to 13 in 2024.
        new("WhatsApp", 13, ["whatsapp.com"]),
    ];

    /// <summary>The service's minimum age for <paramref name="host"/> or any subdomain of it; null when it sets none we know.</summary>
    public static int? For(string host) => Find(host)?.MinimumAge;

    internal static AgeLimitedService? Find(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim().TrimEnd('.');
        return Services.FirstOrDefault(service => service.Domains.Any(domain => IsSameOrSubdomain(name, domain)));
    }

    private static bool IsSameOrSubdomain(string host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase)
        || (host.Length > domain.Length
            && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)
            && host[host.Length - domain.Length - 1] == '.');
}
