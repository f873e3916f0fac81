namespace SafeBrowse.Host.Scanning;

/// <param name="Input">The conversations, JSONL, gzip or not.</param>
/// <param name="Output">Where the decision lines go.</param>
/// <param name="Profile">With <paramref name="Record"/>, the child profile the notices are recorded for.</param>
/// <param name="Record">Records the notices into the profile's store as if observed live, so a digest can be made from a file.</param>
/// <param name="Start">When the recorded conversations are taken to have started; now unless given.</param>
internal sealed record ScanArguments(string Input, string Output, string? Profile, bool Record, DateTimeOffset? Start);
