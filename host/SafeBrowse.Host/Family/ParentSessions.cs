using System.Security.Cryptography;

namespace SafeBrowse.Host.Family;

/// <summary>
/// Tokens handed to the parent pages after a PIN; kept in this process only, so closing the browser ends them.
/// Each use extends a session; an idle one expires.
/// </summary>
internal sealed class ParentSessions(TimeProvider clock)
{
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(15);
    private const int MaxOpenSessions = 8;

    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);

    public string Open()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        lock (gate)
        {
            RemoveExpired();
            if (expiries.Count >= MaxOpenSessions)
            {
                expiries.Remove(expiries.MinBy(pair => pair.Value).Key);
            }

            expiries[token] = clock.GetUtcNow() + IdleLimit;
        }

        return token;
    }

    /// <summary>True, and the session extended, when the token names a live session.</summary>
    public bool TryUse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (!expiries.TryGetValue(token, out var expiry) || expiry <= now)
            {
                expiries.Remove(token);
                return false;
            }

            expiries[token] = now + IdleLimit;
            return true;
        }
    }

    public void Close(string? token)
    {
        if (token is null)
        {
            return;
        }

        lock (gate)
        {
            expiries.Remove(token);
        }
    }

    private void RemoveExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var expired in expiries.Where(pair => pair.Value <= now).Select(pair => pair.Key).ToList())
        {
            expiries.Remove(expired);
        }
    }
}
