namespace SafeBrowse.Detection;

/// <summary>
/// The grooming stage a lexicon pattern belongs to, after O'Connell (2003) and Lorenzo-Dus et al. (2016) and the
/// SRABS items of Winters and Jeglic (2017). Black et al. (2015) found the stages come in no fixed order online, so
/// they label evidence and are never a state machine.
/// </summary>
internal static class GroomingStages
{
    /// <summary>Flattery, care, gifts, age made light of: building a bond and the child's trust.</summary>
    public const string TrustBuilding = "trust_building";

    /// <summary>Age, school, who is home and when: checking how safe it is to go on.</summary>
    public const string RiskAssessment = "risk_assessment";

    /// <summary>Setting the child against family and friends, and moving to a channel no one else sees.</summary>
    public const string Isolation = "isolation";

    /// <summary>Keeping the contact hidden and its traces deleted.</summary>
    public const string Secrecy = "secrecy";

    /// <summary>Sexual talk and requests for body photos or video.</summary>
    public const string Sexualisation = "sexualisation";

    /// <summary>Proposals to meet offline.</summary>
    public const string Meeting = "meeting";

    /// <summary>Threats and pressure, sextortion among them.</summary>
    public const string Coercion = "coercion";

    /// <summary>Facts the conversation states (ages, an age question) that change what other evidence means.</summary>
    public const string Context = "context";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        TrustBuilding, RiskAssessment, Isolation, Secrecy, Sexualisation, Meeting, Coercion, Context,
    };
}
