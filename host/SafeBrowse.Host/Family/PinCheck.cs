namespace SafeBrowse.Host.Family;

internal enum PinOutcome
{
    Accepted,
    Wrong,
    Locked,
    NotSet,

    /// <summary>The first PIN was asked for, but a PIN is set already.</summary>
    AlreadySet,

    /// <summary>The first PIN was asked for, and no unspent setup code exists.</summary>
    NoSetupCode,
}

/// <summary>The answer to one PIN try; <see cref="RetryAfter"/> is how long until the next try is heard.</summary>
internal sealed record PinCheck(PinOutcome Outcome, TimeSpan RetryAfter);
