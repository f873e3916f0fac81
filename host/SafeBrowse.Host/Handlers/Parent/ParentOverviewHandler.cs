using System.Text.Json;
using SafeBrowse.Digest;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Protocol;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Everything the parent pages show at a glance, in one read: this week per child, settings, reviews, problems.</summary>
internal sealed class ParentOverviewHandler(ParentAccess access, FamilyStorage storage, ChildProfileResolver profiles, PinGate pins, TimeProvider clock) : IRequestHandler
{
    private static readonly TimeSpan ReviewWindow = TimeSpan.FromDays(28);

    public string Type => "parent.overview";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var overview = ProtocolFields.Read(request, ProtocolJsonContext.Default.OverviewRequest);
        access.Require(overview.Session);
        var install = overview.Install is null ? null : ProtocolFields.Install(overview.Install);

        var database = storage.Require();
        var now = clock.GetUtcNow();
        var zone = clock.LocalTimeZone;
        var week = IsoWeek.Containing(now, zone);
        var all = database.Profiles.List();
        var namesById = all.ToDictionary(profile => profile.Id, profile => profile.Name);
        var installProfile = install is not null && database.Profiles.AssignedProfileId(install) is { } assignedId
            ? namesById.GetValueOrDefault(assignedId)
            : null;
        var current = profiles.Current();

        var response = new OverviewResponse(
            RequestRouter.ProtocolVersion,
            envelope.Id,
            Type,
            Ok: true,
            week.ToString(),
            [.. all.Select(profile => Summarise(database, profile, week, zone, now))],
            SettingsDtos.Of(database.Settings.Read(), database),
            installProfile,
            current is null ? null : ProtocolFields.Time(database.Pauses.Active(current.Id, now)?.End),
            [.. database.Feedback.Since(now - ReviewWindow).Select(entry => ToDto(entry, namesById))],
            [.. database.Incidents.Between(now - ReviewWindow, now + TimeSpan.FromMinutes(1)).Select(ToDto)],
            ProtocolFields.Time(pins.Read()?.SetAt));
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.OverviewResponse));
    }

    private static ProfileSummaryDto Summarise(FamilyDatabase database, ChildProfile profile, IsoWeek week, TimeZoneInfo zone, DateTimeOffset now)
    {
        var start = week.StartIn(zone);
        var events = database.Events.Between(profile.Id, start, now);
        var feedback = database.Feedback.Between(profile.Id, start, now);
        List<DigestSpan> active = [.. database.Activity.Between(profile.Id, start, now).Select(span => new DigestSpan(span.Start, span.LastSeen))];
        List<DigestSpan> pauses = [.. database.Pauses.Between(profile.Id, start, now).Select(pause => new DigestSpan(pause.Start, pause.End))];
        var inactive = ActivityGaps.NotActive(active, pauses, ActivityGaps.Since(start, profile.CreatedAt), now).Sum(gap => gap.Length.TotalHours);
        var summary = new WeekSummaryDto(
            events.Count(flagged => flagged.Level == RiskLevelWords.Notice),
            events.Count(flagged => RiskLevelWords.IsAlert(flagged.Level)),
            events.Select(flagged => (flagged.Site, flagged.Contact)).Distinct().Count(),
            feedback.Count,
            (int)Math.Round(inactive));
        var saved = database.Digests.List(profile.Id).Where(record => record.CompletedAt is not null).Select(record => record.Week);
        List<string> digests = [week.ToString(), .. saved.Where(saved => saved != week.ToString())];
        return new ProfileSummaryDto(profile.Name, AgeBands.ToId(profile.AgeBand), profile.Language, profile.Country, summary, digests);
    }

    private static FeedbackDto ToDto(FeedbackEntry entry, Dictionary<long, string> namesById) => new(
        entry.Id,
        namesById.GetValueOrDefault(entry.ProfileId, string.Empty),
        entry.Site,
        entry.Contact,
        ProtocolFields.Time(entry.At),
        entry.Categories,
        entry.Verdict is { } verdict ? FeedbackVerdicts.Word(verdict) : null);

    private static StorageProblemDto ToDto(StorageIncident incident) => new(
        ProtocolFields.Time(incident.At),
        StorageIncidentKinds.Word(incident.Kind));
}
