namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>What one serving loop wrote before its input ended, and how it ended.</summary>
/// <param name="Replies">The reply frames' bodies, in order.</param>
/// <param name="Failure">What the loop threw, when it crashed instead of stopping.</param>
/// <param name="StopRequested">Whether it asked the host to stop, as it must when stdin ends.</param>
internal sealed record ServedStream(IReadOnlyList<byte[]> Replies, Exception? Failure, bool StopRequested)
{
    public bool StoppedCleanly => Failure is null && StopRequested;
}
