using SafeBrowse.Detection;
using SafeBrowse.Digest;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Protocol;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// Writes what the parent's digest needs from a scored batch, and nothing more: one event per notice shown (site,
/// contact, time, level, categories), an excerpt only for alerts when the family allows it, and the day a child used
/// a site with a minimum age. Text of messages that raised nothing is never passed here.
/// </summary>
internal sealed class FlaggedEventRecorder(FamilyStorage storage, TimeProvider clock)
{
    // Site use is one row a day; remembering what was written keeps a durable write off every score request.
    private readonly HashSet<(long ProfileId, string Site, DateOnly Day)> siteDaysWritten = [];

    public void Record(ChildProfile profile, string site, IReadOnlyList<NotifiedDecision> notified)
    {
        var now = clock.GetUtcNow();
        var siteDay = (ProfileId: profile.Id, Site: site, Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, clock.LocalTimeZone).DateTime));
        var tracksSite = SiteMinimumAges.For(site) is not null && !siteDaysWritten.Contains(siteDay);
        if (notified.Count == 0 && !tracksSite)
        {
            return;
        }

        var written = storage.TryWrite("flagged events", database =>
        {
            var excerptsAllowed = database.Settings.Read().Excerpts == ExcerptPolicy.AlertsOnly;
            foreach (var (decision, triggeringText) in notified)
            {
                var excerpt = excerptsAllowed && decision.Level == RiskLevel.Alert ? ExcerptRule.Of(triggeringText) : null;
                database.Events.Record(new FlaggedEvent(
                    0, profile.Id, site, decision.Contact, now, RiskLevelNames.Of(decision.Level), decision.Categories, excerpt));
            }

            if (tracksSite)
            {
                database.SiteUse.Record(profile.Id, site, siteDay.Day);
            }
        });
        if (written && tracksSite)
        {
            siteDaysWritten.Add(siteDay);
        }
    }
}
