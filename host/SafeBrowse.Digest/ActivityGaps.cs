namespace SafeBrowse.Digest;

/// <summary>
/// When SafeBrowse was not running: the host keeps spans of heartbeats, never a browsing history, so a hole between
/// spans is all the digest can tell a parent about protection that was off.
/// </summary>
public static class ActivityGaps
{
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
