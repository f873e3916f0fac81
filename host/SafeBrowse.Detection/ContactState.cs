using System.Collections.Frozen;

namespace SafeBrowse.Detection;

/// <summary>
/// What the engine remembers about one contact in one conversation. The engine keeps up to 10,000 of these and most
/// contacts never carry evidence, so every collection is made at its first entry: a contact without evidence holds
/// none of them.
/// </summary>
internal sealed class ContactState(string conversation, string contact)
{
    private static readonly HashSet<string> BoostedByMinorContext =
    [
        DetectionCategories.Meeting, DetectionCategories.PhotoRequest,
        DetectionCategories.SexualTalk, DetectionCategories.Gifts,
    ];

    private static readonly HashSet<string> KnownCategories = [.. DetectionCategories.All];
    private static readonly IReadOnlyDictionary<string, double> NoEvidence = FrozenDictionary<string, double>.Empty;
    private static readonly IReadOnlySet<string> NoCategories = FrozenSet<string>.Empty;

    private Dictionary<string, double>? evidence;
    private HashSet<string>? notifiedCategories;
    private HashSet<string>? strongCategories;
    private DateTimeOffset? lastTime;
    private DateTimeOffset? lastNotify;
    private RiskLevel lastNotifiedLevel;
    private HashSet<string>? dismissedCategories;
    private RiskLevel? dismissedLevel;
    private Queue<uint>? countedOrder;
    private HashSet<uint>? counted;
    private readonly Relationship relationship = new();
    private ConversationCourse course = new();

    // What the course read at the contact's last live message. Read only then: a level the course raised on the
    // child's reply (which never notifies) would be taken as already told, and the child never see it.
    private RiskLevel courseLevel;

    /// <summary>Fingerprints of the latest messages that carried evidence; a chat page shows fewer than this at once.</summary>
    public const int MaxCountedMessages = 256;

    public string Conversation { get; } = conversation;

    public string Contact { get; } = contact;

    public RiskLevel Level { get; private set; }

    public DateTimeOffset? LastTime => lastTime;

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public bool ChildStatedMinorAge { get; private set; }

    public bool ContactStatedAdultAge { get; private set; }

    private bool ageAsked;
    private bool childAskedAge;

    public int EvidenceMessages { get; private set; }

    /// <summary>Counts changes worth saving (evidence, level, notices, dismissals, ages); decay alone is not one.</summary>
    public int Changes { get; private set; }

    /// <summary>The store's revision this state was loaded at or last saved as; 0 when nothing is stored.</summary>
    public long StoredRevision { get; set; }

    /// <summary>The engine's cache links this state to its neighbours in <see cref="ContactRecency"/>.</summary>
    public ContactState? Newer { get; set; }

    /// <inheritdoc cref="Newer"/>
    public ContactState? Older { get; set; }

    /// <summary>The next state the engine tracks in the same conversation, in the order they were first tracked.</summary>
    public ContactState? NextInConversation { get; set; }

    public void DecayTo(DateTimeOffset time, TimeSpan halfLife)
    {
        if (lastTime is { } previous && time > previous && evidence is { Count: > 0 })
        {
            var factor = Math.Pow(0.5, (time - previous) / halfLife);
            foreach (var category in evidence.Keys.ToArray())
            {
                var value = evidence[category] * factor;
                if (value < 0.01)
                {
                    evidence.Remove(category);
                }
                else
                {
                    evidence[category] = value;
                }
            }
        }

        if (lastTime is null || time > lastTime)
        {
            lastTime = time;
        }
    }

    /// <summary>Takes what the child's own message says about their age; it never adds risk by itself.</summary>
    public void ObserveChild(bool statesMinorAge, bool startsWithMinorNumber, bool asksAge)
    {
        var minor = statesMinorAge || (startsWithMinorNumber && ageAsked);
        if (ageAsked || childAskedAge != asksAge)
        {
            Changes++;
        }

        ageAsked = false;
        childAskedAge = asksAge;
        course.ObserveChild();
        if (minor)
        {
            LearnChildIsMinor();
        }
    }

    /// <summary>Takes what a message says about who the contact is to the child (<see cref="Relationship"/>).</summary>
    public void ObserveRelationship(bool trusted, bool childAddressesFamily)
    {
        relationship.Trusted = trusted;
        Changes += relationship.ObserveChild(childAddressesFamily) ? 1 : 0;
    }

    public void Add(MessageScore score, RiskOptions options, bool speaksAsParent = false, bool namesBodyOrUndress = false)
    {
        var carried = false;
        Changes += relationship.ObserveContact(speaksAsParent, score, namesBodyOrUndress) ? 1 : 0;
        foreach (var item in score.Evidence)
        {
            carried |= ObserveContext(item.Category);
        }

        var amplifier = 1 + (options.ModelAmplification * Math.Clamp(score.Probability, 0f, 1f));
        IEnumerable<CategoryEvidence> items = score.Evidence.Count > 0
            ? score.Evidence
            : score.Categories.Select(category => new CategoryEvidence(category, EvidenceWeights.Strong));
        foreach (var item in items)
        {
            if (!KnownCategories.Contains(item.Category) || item.Weight <= 0)
            {
                continue;
            }

            carried = true;
            if (item.Weight >= EvidenceWeights.Strong)
            {
                (strongCategories ??= NewCategorySet()).Add(item.Category);
            }

            var weight = item.Weight * amplifier;
            if (ChildStatedMinorAge && BoostedByMinorContext.Contains(item.Category))
            {
                weight *= options.MinorContextBoost;
            }

            var added = Evidence();
            added[item.Category] = Math.Min(added.GetValueOrDefault(item.Category) + weight, options.MaxCategoryEvidence);
        }

        if (carried)
        {
            EvidenceMessages++;
            Changes++;
        }
    }

    /// <summary>Adds one of the contact's messages to the course of the conversation (<see cref="ConversationCourse"/>).</summary>
    /// <param name="normalizedText">The message after <see cref="TextNormalizer"/>.</param>
    /// <param name="score">What the message carried; null when the scorer did not see it.</param>
    /// <param name="localHour">The hour of day in the family's time zone, or null when message times are made up.</param>
    public void FollowCourse(ReadOnlySpan<char> normalizedText, MessageScore? score, int? localHour)
    {
        IEnumerable<string> categories = score is null ? []
            : score.Evidence.Count > 0 ? score.Evidence.Where(item => item.Weight > 0).Select(item => item.Category) : score.Categories;
        // Saved with the next change that matters rather than after every message: a store write per chat line costs
        // more than the few plain messages a crash could lose from the counts.
        if (course.ObserveContact(normalizedText, categories.Where(KnownCategories.Contains), localHour))
        {
            Changes++;
        }
    }

    /// <summary>Whether the course may raise the level now (<see cref="CourseGate"/>).</summary>
    public bool CourseMaySpeak(double threshold) =>
        CourseGate.Opens(EvidenceSoFar, threshold, EvidenceMessages, StrongSoFar, ChildStatedMinorAge, ContactStatedAdultAge);

    /// <summary>The inputs of <see cref="SequenceModel"/> as they stand now.</summary>
    public void FillCourseFeatures(Span<float> destination, double threshold) =>
        CourseFeatures.Fill(destination, course, EvidenceSoFar, threshold, EvidenceMessages, StrongSoFar.Count, ChildStatedMinorAge, ContactStatedAdultAge);

    /// <returns>Whether the signal counts as evidence the message carried: an adult stating their age does.</returns>
    private bool ObserveContext(string signal)
    {
        switch (signal)
        {
            case ContextSignals.AskedAge:
                Changes += ageAsked ? 0 : 1;
                ageAsked = true;
                return false;
            case ContextSignals.MinorAcknowledged:
                LearnChildIsMinor();
                return false;
            case ContextSignals.AdultAge:
            case ContextSignals.LeadingAdultNumber when childAskedAge:
                LearnContactIsAdult();
                return true;
            default:
                return false;
        }
    }

    private void LearnChildIsMinor()
    {
        if (!ChildStatedMinorAge)
        {
            ChildStatedMinorAge = true;
            Changes++;
            if (ContactStatedAdultAge)
            {
                AddAgeGap();
            }
        }
    }

    private void LearnContactIsAdult()
    {
        Changes += ContactStatedAdultAge ? 0 : 1;
        ContactStatedAdultAge = true;
        if (ChildStatedMinorAge)
        {
            AddAgeGap();
        }
    }

    /// <summary>
    /// Both sides have now said their ages: an adult is talking with a minor. Not amplified; it counts as a second
    /// message of evidence because it took one from each side to establish.
    /// </summary>
    private void AddAgeGap()
    {
        var added = Evidence();
        added[DetectionCategories.AgeGap] = added.GetValueOrDefault(DetectionCategories.AgeGap) + EvidenceWeights.Strong;
        EvidenceMessages++;
    }

    /// <summary>
    /// Recomputes the level; returns whether the child should be notified now. When <paramref name="mayNotify"/> is false
    /// the level still moves but nothing counts as notified, so the next message that may notify still does.
    /// </summary>
    public bool Reassess(DateTimeOffset time, RiskOptions options, bool mayNotify, SequenceModel? sequence = null)
    {
        var weighed = relationship.Weigh(EvidenceSoFar);
        var (level, categories) = RiskRules.Assess(weighed, options.PresenceThreshold, EvidenceMessages, StrongSoFar, ChildStatedMinorAge);
        if (sequence is not null && mayNotify)
        {
            courseLevel = RiskLevel.None;
            // A contact the chat or a parent shows to be family is judged by the rules alone: their logistics are not a course.
            if (!relationship.LowersLogistics && CourseMaySpeak(options.PresenceThreshold))
            {
                Span<float> features = stackalloc float[CourseFeatures.Count];
                FillCourseFeatures(features, options.PresenceThreshold);
                courseLevel = sequence.LevelFor(sequence.Probability(features));
            }
        }

        if (sequence is not null)
        {
            (level, categories) = CourseLevel.Raise(level, categories, courseLevel, weighed, options.PresenceThreshold);
        }

        var damped = lastNotify is { } last && time - last < options.NotifyDamping;
        var notify = level > Level
            ? !(damped && lastNotifiedLevel >= level)
            : level >= RiskLevel.Notice && !damped && categories.Any(category => notifiedCategories?.Contains(category) != true);
        notify = mayNotify && notify && !OnlyWhatWasDismissed(level, categories);

        if (notify)
        {
            lastNotify = time;
            lastNotifiedLevel = level;
            (notifiedCategories ??= NewCategorySet()).UnionWith(categories);
        }

        if (notify || level != Level || !categories.SequenceEqual(Categories))
        {
            Changes++;
        }

        Level = level;
        Categories = categories;
        return notify;
    }

    /// <summary>
    /// The child said a notice was wrong: stay quiet about this contact until its level rises above what it was then,
    /// or a pattern the child did not dismiss appears. Evidence is kept, so a real escalation still shows. Serious
    /// patterns and alerts are never quieted: they count as not yet notified, so a contact who goes on is noticed again.
    /// </summary>
    /// <returns>Whether the dismissal quiets anything.</returns>
    public bool DismissCurrent(IEnumerable<string> categories)
    {
        var reported = categories.Union(Categories).ToArray();
        var serious = SeriousPatterns.Includes(Level, reported);
        (dismissedCategories ??= NewCategorySet()).UnionWith(reported.Where(category => !SeriousPatterns.Categories.Contains(category)));
        notifiedCategories?.ExceptWith(SeriousPatterns.Categories);
        var quietUpTo = Level == RiskLevel.Alert ? RiskLevel.Notice : Level;
        dismissedLevel = dismissedLevel is { } earlier && earlier > quietUpTo ? earlier : quietUpTo;
        Changes++;
        return !serious;
    }

    /// <summary>Whether the message with this fingerprint already added its evidence.</summary>
    public bool HasCounted(uint fingerprint) => counted?.Contains(fingerprint) == true;

    public void MarkCounted(uint fingerprint)
    {
        if (!(counted ??= []).Add(fingerprint))
        {
            return;
        }

        countedOrder ??= new Queue<uint>();
        countedOrder.Enqueue(fingerprint);
        if (countedOrder.Count > MaxCountedMessages)
        {
            counted.Remove(countedOrder.Dequeue());
        }

        Changes++;
    }

    private bool OnlyWhatWasDismissed(RiskLevel level, IReadOnlyList<string> categories) =>
        dismissedLevel is { } floor && level <= floor && categories.All(category => dismissedCategories?.Contains(category) == true);

    public ContactSnapshot ToSnapshot() => new(
        ContactSnapshotCodec.CurrentVersion,
        new Dictionary<string, double>(EvidenceSoFar, StringComparer.Ordinal),
        [.. StrongSoFar],
        [.. notifiedCategories ?? NoCategories],
        Categories,
        Level,
        lastTime,
        lastNotify,
        lastNotifiedLevel,
        EvidenceMessages,
        ChildStatedMinorAge,
        ContactStatedAdultAge,
        ageAsked,
        childAskedAge,
        [.. dismissedCategories ?? NoCategories],
        dismissedLevel,
        [.. countedOrder ?? []],
        relationship.KinAddressed,
        relationship.ParentTalk,
        relationship.Betrayed)
    {
        Course = course.ToSnapshot(),
    };

    /// <summary>Takes up a saved state; decay to the next message's time happens as for any state.</summary>
    public static ContactState Restore(string conversation, string contact, ContactSnapshot snapshot, long revision)
    {
        var state = new ContactState(conversation, contact)
        {
            Level = snapshot.Level,
            Categories = snapshot.Categories,
            EvidenceMessages = snapshot.EvidenceMessages,
            ChildStatedMinorAge = snapshot.ChildStatedMinorAge,
            ContactStatedAdultAge = snapshot.ContactStatedAdultAge,
            StoredRevision = revision,
            lastTime = snapshot.LastTime,
            lastNotify = snapshot.LastNotify,
            lastNotifiedLevel = snapshot.LastNotifiedLevel,
            ageAsked = snapshot.AgeAsked,
            childAskedAge = snapshot.ChildAskedAge,
            dismissedLevel = snapshot.DismissedLevel,
        };
        foreach (var (category, weight) in snapshot.Evidence)
        {
            state.Evidence()[category] = weight;
        }

        state.relationship.Restore(snapshot.KinAddressed, snapshot.ParentTalk, snapshot.RelationshipBetrayed);
        state.strongCategories = Restored(snapshot.Strong);
        state.notifiedCategories = Restored(snapshot.Notified);
        state.dismissedCategories = Restored(snapshot.Dismissed);
        foreach (var fingerprint in snapshot.Counted)
        {
            state.MarkCounted(fingerprint);
        }

        state.course = snapshot.Course is { } saved ? ConversationCourse.Restore(saved) : new ConversationCourse();
        state.Changes = 0;
        return state;
    }

    private IReadOnlyDictionary<string, double> EvidenceSoFar => evidence ?? NoEvidence;

    private IReadOnlySet<string> StrongSoFar => strongCategories ?? NoCategories;

    private Dictionary<string, double> Evidence() => evidence ??= new Dictionary<string, double>(StringComparer.Ordinal);

    private static HashSet<string> NewCategorySet() => new(StringComparer.Ordinal);

    private static HashSet<string>? Restored(IEnumerable<string> categories)
    {
        var set = new HashSet<string>(categories, StringComparer.Ordinal);
        return set.Count == 0 ? null : set;
    }
}
