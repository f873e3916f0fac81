using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// Checks parent PINs with growing delays after wrong tries. The failure count lives in the database, so closing
/// the browser does not reset it, and one gate serialises tries within this process. The first PIN needs the
/// setup code the installer printed, and a wrong code counts as a wrong PIN.
/// </summary>
internal sealed class PinGate(FamilyStorage storage, PinHasher hasher, SetupCodes setupCodes, TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly HashSet<string> resetsSeen = new(StringComparer.Ordinal);

    private PinStore Store => storage.Require().Pin;

    public bool IsSet => Read() is not null;

    /// <summary>The PIN's hash and when it was set, after applying a <c>pin reset</c> issued since the last look.</summary>
    public StoredPin? Read()
    {
        lock (gate)
        {
            ApplyReset();
            return Store.Read();
        }
    }

    /// <summary>Whether a setup code exists that can still set the first PIN.</summary>
    public bool HasSetupCode => setupCodes.Current() is { } code && !Store.IsSetupCodeSpent(code.Id);

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
            ApplyReset();
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

    /// <summary>
    /// Sets the first PIN when <paramref name="setupCode"/> is the one on disk, and spends the code; a wrong code is a
    /// wrong try, slowed down as a wrong PIN is.
    /// </summary>
    public PinCheck SetFirst(string pin, string setupCode)
    {
        RequireAcceptable(pin);
        lock (gate)
        {
            ApplyReset();
            if (Store.Read() is not null)
            {
                return new PinCheck(PinOutcome.AlreadySet, TimeSpan.Zero);
            }

            if (setupCodes.Current() is not { } code || Store.IsSetupCodeSpent(code.Id))
            {
                return new PinCheck(PinOutcome.NoSetupCode, TimeSpan.Zero);
            }

            var wait = RetryAfter();
            if (wait > TimeSpan.Zero)
            {
                return new PinCheck(PinOutcome.Locked, wait);
            }

            if (!code.Matches(setupCode))
            {
                var attempts = Store.RecordFailure(clock.GetUtcNow());
                return new PinCheck(PinOutcome.Wrong, PinPolicy.DelayAfter(attempts.ConsecutiveFailures));
            }

            return Store.WriteFirst(hasher.Hash(pin), code.Id)
                ? new PinCheck(PinOutcome.Accepted, TimeSpan.Zero)
                : new PinCheck(PinOutcome.AlreadySet, TimeSpan.Zero);
        }
    }

    /// <summary>Replaces the PIN; the caller has checked the parent's session.</summary>
    public void Change(string pin)
    {
        RequireAcceptable(pin);
        Store.Write(hasher.Hash(pin));
    }

    private static void RequireAcceptable(string pin)
    {
        if (!PinPolicy.IsAcceptable(pin))
        {
            throw new ArgumentException($"A PIN must be {PinPolicy.MinLength} to {PinPolicy.MaxLength} characters long.", nameof(pin));
        }
    }

    // A reset code clears the PIN once per database; remembering it here spares a write on every look.
    private void ApplyReset()
    {
        if (setupCodes.Current() is { ClearsPin: true } code && !resetsSeen.Contains(code.Id))
        {
            Store.ApplyReset(code.Id, clock.GetUtcNow());
            resetsSeen.Add(code.Id);
        }
    }
}
