namespace SafeBrowse.Protocol;

/// <summary>How often the extension says protection runs (docs/protocol.md, heartbeat), and what counts as a gap.</summary>
public static class Heartbeats
{
    /// <summary>The extension's alarm period (extension/src/background/heartbeat.js).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Three missed beats: a shorter silence is a beat arriving late (a sleeping worker, a busy computer), not
    /// protection that was off. Spans are joined across shorter silences, and the overview and the digest count
    /// only longer ones as time SafeBrowse was not active.
    /// </summary>
    public static readonly TimeSpan MaxGap = Interval * 3;
}
