using SafeBrowse.Digest;

namespace SafeBrowse.Host.Digests;

/// <summary>What `digest` was asked for; a null <see cref="Language"/> means the profile's own.</summary>
internal sealed record DigestArguments(string Profile, IsoWeek Week, string Output, string? Language);
