using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>
/// When SafeBrowse was not running: the host keeps spans of heartbeats, never a browsing history, so a hole between
/// spans is all the digest can tell a parent about protection that was off.
/// </summary>
public static class ActivityGaps
{
    /// <summary>
    /// The one way the digest and the parents' overview measure when SafeBrowse was not active: silences of at least
    /// <see cref="Heartbeats.MaxGap"/> between <paramref name="from"/> and <paramref name="to"/>. A parent's pause
    /// counts as covered: it has its own line, and saying "not active" about it too would read as a second problem.
    /// </summary>
    public static IReadOnlyList<DigestSpan> NotActive(
        IReadOnlyList<DigestSpan> activeSpans, IReadOnlyList<DigestSpan> pauses, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(activeSpans);
        ArgumentNullException.ThrowIfNull(pauses);
        return Find([.. activeSpans, .. pauses], from, to, Heartbeats.MaxGap);
    }

    /// <summary>Where gaps of a week start: before the child's profile existed there was nothing of theirs to protect.</summary>
    public static DateTimeOffset Since(DateTimeOffset weekStart, DateTimeOffset? profileCreatedAt) =>
        profileCreatedAt is { } created && created > weekStart ? created : weekStart;

    /// <summary>
    /// The stretches of [<paramref name="from"/>, <paramref name="to"/>) no span covers, each at least
    /// <paramref name="minimumGap"/> long, in time order. Spans may overlap, come in any order or reach outside the range.
    /// </summary>
    public static IReadOnlyList<DigestSpan> Find(IReadOnlyList<DigestSpan> activeSpans, DateTimeOffset from, DateTimeOffset to, TimeSpan minimumGap)
    {
        ArgumentNullException.ThrowIfNull(activeSpans);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGap, TimeSpan.Zero);
        var gaps = new List<DigestSpan>();
        if (to <= from)
        {
            return gaps;
        }

        var covered = from;
        foreach (var span in activeSpans.Where(span => span.End > span.Start).OrderBy(span => span.Start))
        {
            if (span.Start >= to)
            {
                break;
            }

            if (span.Start > covered)
            {
                Add(gaps, covered, span.Start, minimumGap);
            }

            if (span.End > covered)
            {
                covered = span.End;
            }
        }

        if (covered < to)
        {
            Add(gaps, covered, to, minimumGap);
        }

        return gaps;
    }

    private static void Add(List<DigestSpan> gaps, DateTimeOffset start, DateTimeOffset end, TimeSpan minimumGap)
    {
        if (end - start >= minimumGap && end > start)
        {
            gaps.Add(new DigestSpan(start, end));
        }
    }
}
