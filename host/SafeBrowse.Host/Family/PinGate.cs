using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// Checks parent PINs with growing delays after wrong tries. The failure count lives in the database, so closing
/// the browser does not reset it, and one gate serialises tries within this process.
/// </summary>
internal sealed class PinGate(FamilyStorage storage, PinHasher hasher, TimeProvider clock)
{
    private readonly Lock gate = new();

    private PinStore Store => storage.Require().Pin;

    public bool IsSet => Store.Read() is not null;

    public TimeSpan RetryAfter()
    {
        var attempts = Store.ReadAttempts();
        if (attempts.LastFailureAt is not { } lastFailure)
        {
            return TimeSpan.Zero;
        }

        var waitUntil = lastFailure + PinPolicy.DelayAfter(attempts.ConsecutiveFailures);
        var remaining = waitUntil - clock.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    public PinCheck Check(string pin)
    {
        lock (gate)
        {
            if (Store.Read() is not { } stored)
            {
                return new PinCheck(PinOutcome.NotSet, TimeSpan.Zero);
            }

            var wait = RetryAfter();
            if (wait > TimeSpan.Zero)
            {
                return new PinCheck(PinOutcome.Locked, wait);
            }

            if (PinHasher.Matches(pin, stored))
            {
                Store.ResetAttempts();
                return new PinCheck(PinOutcome.Accepted, TimeSpan.Zero);
            }

            var attempts = Store.RecordFailure(clock.GetUtcNow());
            return new PinCheck(PinOutcome.Wrong, PinPolicy.DelayAfter(attempts.ConsecutiveFailures));
        }
    }

    public void Set(string pin)
    {
        if (!PinPolicy.IsAcceptable(pin))
        {
            throw new ArgumentException($"A PIN must be {PinPolicy.MinLength} to {PinPolicy.MaxLength} characters long.", nameof(pin));
        }

        Store.Write(hasher.Hash(pin));
    }
}
