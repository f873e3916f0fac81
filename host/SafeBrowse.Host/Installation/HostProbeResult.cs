namespace SafeBrowse.Host.Installation;

/// <summary>How a started host answered <c>hello</c>: <see cref="Failure"/> says why it did not.</summary>
internal sealed record HostProbeResult(TimeSpan Elapsed, string? HostVersion, string? ModelState, string? Failure)
{
    public bool Answered => Failure is null;

    public static HostProbeResult Failed(TimeSpan elapsed, string failure) => new(elapsed, null, null, failure);
}
