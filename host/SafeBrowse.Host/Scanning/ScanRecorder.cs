using SafeBrowse.Detection;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Protocol;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Scanning;

/// <summary>
/// Records the notices a replayed conversation would have shown into a child's store, with the same rules as the
/// live path: one event per notice, an excerpt only for alerts and only if the family allows excerpts.
/// </summary>
internal sealed class ScanRecorder(FamilyDatabase database, ChildProfile profile, string site)
{
    private readonly bool excerptsAllowed = database.Settings.Read().Excerpts == ExcerptPolicy.AlertsOnly;

    public int Recorded { get; private set; }

    public void Record(string conversationId, IReadOnlyList<ReplayMessage> messages, ReplayOutcome outcome)
    {
        foreach (var notice in outcome.Notices)
        {
            var contact = notice.Contact == ConversationReplayer.DefaultContact ? conversationId : notice.Contact;
            var excerpt = excerptsAllowed && notice.Level == RiskLevel.Alert ? ExcerptRule.Of(messages[notice.Index].Text) : null;
            database.Events.Record(new FlaggedEvent(
                0, profile.Id, site, contact, notice.Time, RiskLevelNames.Of(notice.Level), notice.Categories, excerpt));
            Recorded++;
        }
    }
}
