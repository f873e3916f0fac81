namespace SafeBrowse.Detection;

/// <summary>Tuning of <see cref="RiskEngine"/>; the defaults are the ones measured in docs/model-card.md.</summary>
public sealed record RiskOptions
{
    /// <summary>
    /// Evidence halves over this span of message time, so a pattern spread over days and weeks still adds up while a
    /// single old remark fades. Measured with risk kept between sessions: the first 120 messages of 120
    /// Perverted-Justice conversations cut into 4 sessions reach alert 71 times in one sitting; sessions a day apart
    /// keep 69 of them at 7 days (4 days: 63, 14 days: 71), 3 days apart 55 (54, 63), a week apart 51 (46, 55). The
    /// cost, on 200 stretches of 120 Formspring teen messages read as one contact in the same sessions: 27, 25 and 12
    /// notices at 7 days (4 days: 26, 18, 8; 14 days: 27, 26, 25). 4 days lost a tenth of the alerts to one night's
    /// sleep; 14 days let benign chat pile up for weeks.
    /// </summary>
    public TimeSpan EvidenceHalfLife { get; init; } = TimeSpan.FromDays(7);

    /// <summary>At most this many (conversation, contact) pairs are tracked; the least recently seen go first.</summary>
    public int MaxTrackedContacts { get; init; } = 10_000;

    /// <summary>A contact whose level stays raised is notified again about a new category only after this long.</summary>
    public TimeSpan NotifyDamping { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Evidence a category needs to count as present: one strong phrase (1.0) in the last day or so, or two weak
    /// ones (0.5 each). One weak phrase reaches it only in a message the model reads as a groomer's (probability
    /// of 0.8 or more: 0.5 × 1.6), or of 0.5 or more after the child said they are a minor.
    /// </summary>
    public double PresenceThreshold { get; init; } = 0.8;

    /// <summary>
    /// How much a model probability of 1 multiplies a message's category evidence (0.75 = up to 1.75 times). This is
    /// the model's only influence: it never adds evidence a message does not carry. Chosen on held-out conversations
    /// (docs/model-card.md): 0.25 changed no decision, 1.0 raised false notices on held-out teen chat.
    /// </summary>
    public double ModelAmplification { get; init; } = 0.75;

    /// <summary>Multiplier for meeting, photo, sexual and gift evidence after the child said they are a minor.</summary>
    public double MinorContextBoost { get; init; } = 1.25;

    /// <summary>
    /// Whether message times are when the messages were really sent. Replays of recorded corpora make times up (one
    /// minute apart from 16:00, so a long log runs past midnight); late-night timing must then say nothing.
    /// </summary>
    public bool MessageTimesAreReal { get; init; } = true;

    /// <summary>Cap per category, so one endlessly repeated phrase cannot outweigh decay for weeks.</summary>
    public double MaxCategoryEvidence { get; init; } = 4.0;

    internal void Validate()
    {
        if (EvidenceHalfLife <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(EvidenceHalfLife), "must be positive");
        }

        if (MaxTrackedContacts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTrackedContacts), "must be at least 1");
        }

        if (NotifyDamping < TimeSpan.Zero || PresenceThreshold <= 0 || ModelAmplification < 0 || MinorContextBoost < 1 || MaxCategoryEvidence < PresenceThreshold)
        {
            throw new ArgumentException("risk options are out of range");
        }
    }
}
