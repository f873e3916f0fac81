namespace SafeBrowse.Digest;

/// <summary>A service with a minimum age in its terms, under the name parents know it by.</summary>
internal sealed record AgeLimitedService(string Name, int MinimumAge, IReadOnlyList<string> Domains);
