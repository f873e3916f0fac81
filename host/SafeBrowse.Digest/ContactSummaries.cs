using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>Groups the week's events by contact, for the parent to read the most serious first.</summary>
internal static class ContactSummaries
{
    private const int MaxExcerpts = 3;

    public static IReadOnlyList<ContactSummary> Build(
        IReadOnlyList<DigestEvent> thisWeek, IReadOnlyList<DigestEvent> earlier, bool showExcerpts)
    {
        var earlierCounts = earlier.GroupBy(ContactKey.Of).ToDictionary(group => group.Key, group => group.Count());
        return [.. thisWeek
            .GroupBy(ContactKey.Of)
            .Select(group => Summarize([.. group.OrderBy(digestEvent => digestEvent.At)], earlierCounts.GetValueOrDefault(group.Key), showExcerpts))
            .OrderByDescending(summary => summary.IsAlert)
            .ThenByDescending(summary => summary.Alerts)
            .ThenByDescending(summary => summary.Notices)
            .ThenByDescending(summary => summary.LastSeen)
            .ThenBy(summary => summary.Contact, StringComparer.Ordinal)];
    }

    private static ContactSummary Summarize(List<DigestEvent> events, int earlierCount, bool showExcerpts)
    {
        var alerts = events.Count(digestEvent => RiskLevelWords.IsAlert(digestEvent.Level));
        return new ContactSummary(
            events[0].Site,
            events[0].Contact,
            alerts > 0,
            Categories(events),
            events[0].At,
            events[^1].At,
            events.Count - alerts,
            alerts,
            ContactTrends.Of(events.Count, earlierCount),
            [.. events
                .Where(digestEvent => ExcerptVisibility.Allows(digestEvent, showExcerpts))
                .Select(digestEvent => ExcerptRule.Of(digestEvent.Excerpt)!)
                .Distinct(StringComparer.Ordinal)
                .Take(MaxExcerpts)]);
    }

    /// <summary>The most frequent first; ties keep the order detection gave them (strongest first).</summary>
    private static IReadOnlyList<string> Categories(List<DigestEvent> events) =>
        [.. events
            .SelectMany(digestEvent => digestEvent.Categories.Select((category, rank) => (category, rank)))
            .GroupBy(pair => pair.category, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Min(pair => pair.rank))
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key)];
}
