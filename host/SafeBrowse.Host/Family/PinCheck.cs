namespace SafeBrowse.Host.Family;

internal enum PinOutcome
{
    Accepted,
    Wrong,
    Locked,
    NotSet,
}

/// <summary>The answer to one PIN try; <see cref="RetryAfter"/> is how long until the next try is heard.</summary>
internal sealed record PinCheck(PinOutcome Outcome, TimeSpan RetryAfter);
