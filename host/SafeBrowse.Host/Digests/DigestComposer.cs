using SafeBrowse.Detection;
using SafeBrowse.Digest;
using SafeBrowse.Protocol;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Digests;

/// <summary>Reads one child's week from the family database and renders it; the current week renders as "so far".</summary>
internal sealed class DigestComposer(TimeProvider clock)
{
    private const int TrendWeeks = 3;

    public string Compose(FamilyDatabase database, ChildProfile profile, IsoWeek week, string language)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(profile);
        var zone = clock.LocalTimeZone;
        var start = week.StartIn(zone);
        var end = week.EndIn(zone);
        var trendWeek = week;
        for (var earlier = 0; earlier < TrendWeeks; earlier++)
        {
            trendWeek = trendWeek.Previous();
        }

        var trendStart = trendWeek.StartIn(zone);

        var settings = database.Settings.Read();
        var activity = database.Activity.Between(profile.Id, start, end);
        var input = new DigestInput(
            new DigestChild(profile.Name, AgeBands.ToId(profile.AgeBand), profile.Country),
            week,
            language,
            zone,
            clock.GetUtcNow(),
            [.. database.Events.Between(profile.Id, start, end).Select(ToDigest)],
            [.. database.Events.Between(profile.Id, trendStart, start).Select(ToDigest)],
            [.. database.Feedback.Between(profile.Id, start, end).Select(ToDigest)],
            [.. activity.Select(span => new DigestSpan(span.Start, span.LastSeen))],
            [.. database.Pauses.Between(profile.Id, start, end).Select(pause => new DigestSpan(pause.Start, pause.End))],
            database.SiteUse.Between(profile.Id, LocalDay(start, zone), LocalDay(end, zone).AddDays(-1)),
            [.. database.Incidents.Between(start, end).Select(ToDigest)],
            [.. database.Pin.ChangesBetween(start, end).Select(ToDigest)],
            ShowExcerpts: settings.Excerpts == ExcerptPolicy.AlertsOnly)
        {
            Impairments = [.. activity
                .Where(span => span.Impairment is not null)
                .Select(span => new DigestImpairment(new DigestSpan(span.Start, span.LastSeen), span.Impairment!))],
            TrustChanges = [.. database.TrustedContacts.ChangesBetween(profile.Id, start, end)
                .Select(change => new DigestTrustChange(change.At, change.Site, change.Contact, change.Kind))],
            ProfileCreatedAt = profile.CreatedAt,
        };
        return WeeklyDigestRenderer.Render(input);
    }

    private static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static DigestEvent ToDigest(FlaggedEvent flagged) =>
        new(flagged.Site, flagged.Contact, flagged.At, flagged.Level, flagged.Categories, flagged.Excerpt);

    private static DigestFeedback ToDigest(FeedbackEntry entry) => new(
        entry.Site,
        entry.Contact,
        entry.At,
        entry.Categories,
        entry.Verdict is { } verdict ? FeedbackVerdicts.Word(verdict) : null,
        entry.Categories.Any(SeriousPatterns.Categories.Contains));

    private static DigestPinChange ToDigest(PinChange change) => new(
        change.At,
        change.Kind switch
        {
            PinChangeKind.Set => PinChangeWords.Set,
            PinChangeKind.Changed => PinChangeWords.Changed,
            _ => PinChangeWords.Reset,
        });

    private static DigestStorageProblem ToDigest(StorageIncident incident) =>
        new(incident.At, StorageIncidentKinds.Word(incident.Kind));
}
