using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection;

/// <summary>
/// Who the contact is to the child, as far as the conversation and the parent say: family or trusted contacts arrange
/// meetings, ask where the child is and want a photo in the new uniform, so those logistics raise nothing from them.
/// Threats, sexual talk, secrecy and requests for the child's body are never family logistics: once one comes from
/// the contact, the relationship lowers nothing any more, whatever was said or set before.
/// </summary>
internal sealed class Relationship
{
    /// <summary>Logistics a family contact arranges every day; the categories a relationship lowers.</summary>
    public static IReadOnlySet<string> Logistics { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Meeting, PersonalInfo, PhotoRequest,
    };

    // A groomer can call a child "mija" or mention homework once; a parent does it again and again.
    private const int ParentTalkForFamily = 2;

    // Counting past what decides would only add saves: a chat full of "si mami" is written once.
    private const int KinAddressForFamily = 1;

    public int KinAddressed { get; private set; }

    public int ParentTalk { get; private set; }

    /// <summary>The contact asked for secrecy, talked sexually, threatened or asked for the child's body.</summary>
    public bool Betrayed { get; private set; }

    /// <summary>A parent marked this contact as family or trusted; comes with every message, never saved here.</summary>
    public bool Trusted { get; set; }

    public bool LowersLogistics => !Betrayed && (Trusted || KinAddressed >= KinAddressForFamily || ParentTalk >= ParentTalkForFamily);

    /// <returns>Whether anything worth saving changed.</returns>
    public bool ObserveChild(bool addressesFamily)
    {
        if (!addressesFamily || KinAddressed >= KinAddressForFamily)
        {
            return false;
        }

        KinAddressed++;
        return true;
    }

    /// <returns>Whether anything worth saving changed.</returns>
    public bool ObserveContact(bool speaksAsParent, MessageScore score, bool namesBodyOrUndress)
    {
        var changed = false;
        if (speaksAsParent && ParentTalk < ParentTalkForFamily)
        {
            ParentTalk++;
            changed = true;
        }

        if (!Betrayed && Betrays(score, namesBodyOrUndress))
        {
            Betrayed = true;
            changed = true;
        }

        return changed;
    }

    /// <summary>The evidence the level is decided from: without logistics while the relationship lowers them.</summary>
    public IReadOnlyDictionary<string, double> Weigh(IReadOnlyDictionary<string, double> evidence) =>
        LowersLogistics && evidence.Keys.Any(Logistics.Contains)
            ? evidence.Where(pair => !Logistics.Contains(pair.Key)).ToDictionary(StringComparer.Ordinal)
            : evidence;

    public void Restore(int kinAddressed, int parentTalk, bool betrayed)
    {
        KinAddressed = Math.Clamp(kinAddressed, 0, KinAddressForFamily);
        ParentTalk = Math.Clamp(parentTalk, 0, ParentTalkForFamily);
        Betrayed = betrayed;
    }

    // "No le digas a tu mama" is secrecy only in its strong form; "es un secreto" is also a surprise party.
    private static bool Betrays(MessageScore score, bool namesBodyOrUndress)
    {
        IEnumerable<CategoryEvidence> items = score.Evidence.Count > 0
            ? score.Evidence
            : score.Categories.Select(category => new CategoryEvidence(category, EvidenceWeights.Strong));
        return items.Any(item => item.Weight > 0 && item.Category switch
        {
            Threats or SexualTalk => true,
            Secrecy => item.Weight >= EvidenceWeights.Strong,
            PhotoRequest => namesBodyOrUndress,
            _ => false,
        });
    }
}
