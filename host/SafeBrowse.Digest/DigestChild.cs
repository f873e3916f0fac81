namespace SafeBrowse.Digest;

/// <summary>
/// The child a digest is about. <see cref="AgeBand"/> is "unknown", "under_10", "10_12", "13_15" or "16_17";
/// <see cref="Country"/> is an ISO 3166 code ("CO", "CL", "ES", "US", "GB") and picks where to report, not the language.
/// </summary>
public sealed record DigestChild(string Name, string AgeBand, string Country);
