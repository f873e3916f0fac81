using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>What the week's input says, worked out once; the sections only put it into words.</summary>
internal sealed class DigestFacts
{
    private DigestFacts(DigestInput input, DigestDates dates)
    {
        WeekStart = input.Week.StartIn(input.TimeZone);
        WeekEnd = input.Week.EndIn(input.TimeZone);
        CoveredUntil = input.GeneratedAt < WeekEnd ? input.GeneratedAt : WeekEnd;

        var earliest = input.Week.Previous().Previous().Previous().StartIn(input.TimeZone);
        Events = [.. input.Events.Where(digestEvent => InWeek(digestEvent.At)).OrderBy(digestEvent => digestEvent.At)];
        IReadOnlyList<DigestEvent> earlier = [.. input.EarlierEvents.Where(digestEvent => digestEvent.At >= earliest && digestEvent.At < WeekStart)];
        Contacts = ContactSummaries.Build(Events, earlier, input.ShowExcerpts);
        Alerts = Events.Count(digestEvent => RiskLevelWords.IsAlert(digestEvent.Level));
        (NoticesByDay, AlertsByDay) = CountByDay(Events, dates);
        CategoriesSeen = [.. DigestCategories.Known.Where(category =>
            Events.Any(digestEvent => digestEvent.Categories.Contains(category, StringComparer.Ordinal)))];
        Feedback = [.. input.Feedback.Where(feedback => InWeek(feedback.At)).OrderBy(feedback => feedback.At)];
        Pauses = Clip(input.Pauses);
        Impairments = [.. input.Impairments
            .Select(impairment => impairment with { Span = Clip(impairment.Span) })
            .Where(impairment => impairment.Span.End > impairment.Span.Start)
            .OrderBy(impairment => impairment.Span.Start)];
        Gaps = ActivityGaps.NotActive(input.ActiveSpans, input.Pauses, ActivityGaps.Since(WeekStart, input.ProfileCreatedAt), CoveredUntil);
        AgeLimitedSites = FindAgeLimitedSites(input);
        StorageProblems = [.. input.StorageProblems
            .Where(problem => InWeek(problem.At))
            .GroupBy(problem => problem.Kind, StringComparer.Ordinal)
            .Select(group => new StorageProblemGroup(group.Key, group.Count(), group.Max(problem => problem.At)))
            .OrderBy(group => group.Last)];
        PinChanges = [.. input.PinChanges.Where(change => InWeek(change.At)).OrderBy(change => change.At)];
    }

    public DateTimeOffset WeekStart { get; }

    public DateTimeOffset WeekEnd { get; }

    /// <summary>The week's end, or the time the digest was made while the week still runs.</summary>
    public DateTimeOffset CoveredUntil { get; }

    public bool IsWeekInProgress => CoveredUntil < WeekEnd;

    public IReadOnlyList<DigestEvent> Events { get; }

    public int Alerts { get; }

    public int Notices => Events.Count - Alerts;

    public IReadOnlyList<ContactSummary> Contacts { get; }

    public int SeriousContacts => Contacts.Count(contact => contact.IsAlert);

    /// <summary>Monday first.</summary>
    public IReadOnlyList<int> NoticesByDay { get; }

    /// <summary>Monday first.</summary>
    public IReadOnlyList<int> AlertsByDay { get; }

    /// <summary>Known categories of the week, in <see cref="DigestCategories.Known"/> order.</summary>
    public IReadOnlyList<string> CategoriesSeen { get; }

    public IReadOnlyList<DigestFeedback> Feedback { get; }

    public int FeedbackAwaitingReview => Feedback.Count(feedback => feedback.Verdict is null);

    /// <summary>
    /// Stretches no heartbeat covered, up to <see cref="CoveredUntil"/>, measured as the parents' overview measures them
    /// (<see cref="ActivityGaps.NotActive"/>).
    /// </summary>
    public IReadOnlyList<DigestSpan> Gaps { get; }

    public TimeSpan InactiveTime => Gaps.Aggregate(TimeSpan.Zero, (total, gap) => total + gap.Length);

    /// <summary>Spans SafeBrowse ran without protecting fully, cut to the week and to <see cref="CoveredUntil"/>.</summary>
    public IReadOnlyList<DigestImpairment> Impairments { get; }

    public TimeSpan ImpairedTime => Impairments.Aggregate(TimeSpan.Zero, (total, impairment) => total + impairment.Span.Length);

    /// <summary>Pauses cut to the week.</summary>
    public IReadOnlyList<DigestSpan> Pauses { get; }

    public TimeSpan PausedTime => Pauses.Aggregate(TimeSpan.Zero, (total, pause) => total + pause.Length);

    /// <summary>Services used this week whose minimum age is above the child's age band.</summary>
    public IReadOnlyList<AgeLimitedService> AgeLimitedSites { get; }

    public IReadOnlyList<StorageProblemGroup> StorageProblems { get; }

    public IReadOnlyList<DigestPinChange> PinChanges { get; }

    public static DigestFacts Of(DigestInput input, DigestDates dates) => new(input, dates);

    private bool InWeek(DateTimeOffset instant) => instant >= WeekStart && instant < WeekEnd;

    private List<DigestSpan> Clip(IReadOnlyList<DigestSpan> spans) =>
        [.. spans
            .Select(span => new DigestSpan(span.Start > WeekStart ? span.Start : WeekStart, span.End < WeekEnd ? span.End : WeekEnd))
            .Where(span => span.End > span.Start)
            .OrderBy(span => span.Start)];

    private DigestSpan Clip(DigestSpan span) =>
        new(span.Start > WeekStart ? span.Start : WeekStart, span.End < CoveredUntil ? span.End : CoveredUntil);

    private static (int[] Notices, int[] Alerts) CountByDay(IReadOnlyList<DigestEvent> events, DigestDates dates)
    {
        var notices = new int[7];
        var alerts = new int[7];
        foreach (var digestEvent in events)
        {
            var day = dates.DayIndex(digestEvent.At);
            if (RiskLevelWords.IsAlert(digestEvent.Level))
            {
                alerts[day]++;
            }
            else
            {
                notices[day]++;
            }
        }

        return (notices, alerts);
    }

    private static List<AgeLimitedService> FindAgeLimitedSites(DigestInput input)
    {
        var oldest = ChildAgeBands.OldestAge(input.Child.AgeBand);
        if (oldest is null)
        {
            return [];
        }

        return [.. input.SitesUsed
            .Select(SiteMinimumAges.Find)
            .OfType<AgeLimitedService>()
            .Where(service => service.MinimumAge > oldest)
            .Distinct()
            .OrderBy(service => service.Name, StringComparer.Ordinal)];
    }
}
