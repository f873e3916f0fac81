namespace SafeBrowse.Detection;

/// <summary>
/// Tracks risk per (conversation, contact) over time and turns it into decisions. Only incoming messages add
/// evidence; outgoing ones are context. Time comes from the messages, never from the clock. With a store, a contact's
/// state is loaded the first time this process sees it and saved whenever it changed in a way that matters, so
/// grooming spread over many browser sessions still adds up.
/// </summary>
public sealed class RiskEngine
{
    // Each conflict means another host process saved this contact in between; more than a few in a row is a
    // process gone wrong, and the decision of this process is kept in memory rather than looping.
    private const int SaveAttempts = 3;

    private readonly IMessageScorer scorer;
    private readonly IContactStateStore? store;
    private readonly Func<SequenceModel?> sequence;
    private RiskOptions options;
    private readonly Lock gate = new();
    private readonly Dictionary<(string Conversation, string Contact), ContactState> states = [];
    private readonly ContactRecency recency = new();

    // The first state tracked in each conversation; the others follow it through ContactState.NextInConversation.
    private readonly Dictionary<string, ContactState> byConversation = new(StringComparer.Ordinal);

    /// <param name="scorer">Scores each incoming message.</param>
    /// <param name="options">Tuning; the defaults when null.</param>
    /// <param name="store">Keeps contacts' states across restarts; none when null.</param>
    /// <param name="sequence">Reads the conversation's course and may raise a level earlier than the rules; rules alone when null.</param>
    public RiskEngine(IMessageScorer scorer, RiskOptions? options = null, IContactStateStore? store = null, SequenceModel? sequence = null)
        : this(scorer, () => sequence, options, store)
    {
    }

    /// <param name="scorer">Scores each incoming message.</param>
    /// <param name="sequence">
    /// Gives the model of the conversation's course, asked at every message and first when the first message comes, so
    /// it may be read from disk then rather than before; rules alone when it gives null.
    /// </param>
    /// <param name="options">Tuning; the defaults when null.</param>
    /// <param name="store">Keeps contacts' states across restarts; none when null.</param>
    public RiskEngine(IMessageScorer scorer, Func<SequenceModel?> sequence, RiskOptions? options = null, IContactStateStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(sequence);
        this.scorer = scorer;
        this.store = store;
        this.sequence = sequence;
        this.options = options ?? new RiskOptions();
        this.options.Validate();
    }

    internal int TrackedContacts
    {
        get
        {
            lock (gate)
            {
                return states.Count;
            }
        }
    }

    /// <summary>Adds one message and returns the decision for its conversation. Thread-safe.</summary>
    public ConversationDecision Observe(ObservedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(message.Conversation);
        ArgumentNullException.ThrowIfNull(message.Contact);

        var incoming = message.Direction == MessageDirection.Incoming;
        var score = incoming ? scorer.Score(message.Text ?? string.Empty) : null;
        var text = TextNormalizer.Normalize(message.Text);
        var childText = incoming ? string.Empty : text;
        var statesMinorAge = ChildAgeStatement.IsMinorAge(childText);
        var startsWithMinorNumber = ChildAgeStatement.StartsWithMinorNumber(childText);
        var asksAge = ChildAgeStatement.AsksAge(childText);
        var addressesFamily = RelationshipCues.ChildAddressesFamily(childText);
        var asksForPhoto = score is not null && score.Evidence.Any(item => item.Category == DetectionCategories.PhotoRequest);
        var mayTalkAsParent = incoming && RelationshipCues.MayTalkAsParent(message.Text);
        var contactText = mayTalkAsParent || asksForPhoto ? TextNormalizer.Normalize(message.Text) : string.Empty;
        var speaksAsParent = mayTalkAsParent && RelationshipCues.ContactSpeaksAsParent(contactText);
        var namesBodyOrUndress = asksForPhoto && RelationshipCues.NamesBodyOrUndress(contactText);
        var fingerprint = score is not null && message.Key is { Length: > 0 } key ? store?.Fingerprint(key) : null;

        // The store is read and written under the lock: a contact's state must not change between load and save.
        lock (gate)
        {
            for (var attempt = 1; ; attempt++)
            {
                var state = Touch(message.Conversation, message.Contact);
                var changes = state.Changes;
                state.DecayTo(message.Time, options.EvidenceHalfLife);
                state.ObserveRelationship(message.Trusted, addressesFamily);
                var seenBefore = fingerprint is { } repeated && state.HasCounted(repeated);
                if (incoming && !seenBefore)
                {
                    state.FollowCourse(text, score, options.MessageTimesAreReal ? message.Time.ToLocalTime().Hour : null);
                }

                if (!incoming)
                {
                    state.ObserveChild(statesMinorAge, startsWithMinorNumber, asksAge);
                }

                if (score is not null && !seenBefore)
                {
                    var evidenceMessages = state.EvidenceMessages;
                    state.Add(score, options, speaksAsParent, namesBodyOrUndress);
                    if (fingerprint is { } counted && state.EvidenceMessages > evidenceMessages)
                    {
                        state.MarkCounted(counted);
                    }
                }

                var notify = state.Reassess(message.Time, options, mayNotify: incoming && !message.IsHistory, sequence());
                if (state.Changes == changes || TrySave(state) || attempt == SaveAttempts)
                {
                    return Decide(state, notify);
                }

                // Another process saved this contact since it was loaded: take its state and apply the message again.
                Forget(state);
            }
        }
    }

    /// <summary>
    /// The inputs of the sequence model for this contact as they stand, for training on conversation prefixes with
    /// the same code that runs live.
    /// </summary>
    /// <returns>Whether the contact is known and the course may speak now (<see cref="ContactState.CourseMaySpeak"/>).</returns>
    internal bool TryReadCourse(string conversation, string contact, Span<float> features)
    {
        lock (gate)
        {
            if (!states.TryGetValue((conversation, contact), out var state))
            {
                return false;
            }

            state.FillCourseFeatures(features, options.PresenceThreshold);
            return state.CourseMaySpeak(options.PresenceThreshold);
        }
    }

    /// <summary>Applies new tuning (a parent changed the sensitivity) without forgetting what was seen.</summary>
    public void UseOptions(RiskOptions replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        replacement.Validate();
        lock (gate)
        {
            options = replacement;
        }
    }

    /// <summary>
    /// Records that the child marked a notice about this contact as wrong, so it is not repeated for the same mild
    /// patterns. Alerts and <see cref="SeriousPatterns"/> are never quieted.
    /// </summary>
    /// <returns>Whether the dismissal quiets anything; false too when the contact is not known at all.</returns>
    public bool DismissNotice(string conversation, string contact, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(categories);
        lock (gate)
        {
            for (var attempt = 1; ; attempt++)
            {
                var state = Find(conversation, contact);
                if (state is null)
                {
                    return false;
                }

                var quiets = state.DismissCurrent(categories);
                if (TrySave(state) || attempt == SaveAttempts)
                {
                    return quiets;
                }

                Forget(state);
            }
        }
    }

    /// <summary>A parent cleared this contact: forget what this process holds about it in any conversation.</summary>
    /// <returns>How many (conversation, contact) states were forgotten.</returns>
    public int ForgetContact(string contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        lock (gate)
        {
            var forgotten = recency.NewestFirst().Where(state => state.Contact == contact).ToArray();
            foreach (var state in forgotten)
            {
                Forget(state);
            }

            return forgotten.Length;
        }
    }

    private ConversationDecision Decide(ContactState current, bool notify)
    {
        var chosen = current;
        for (var other = byConversation[current.Conversation]; other is not null; other = other.NextInConversation)
        {
            if (other.Level > chosen.Level)
            {
                chosen = other;
            }
        }

        return new ConversationDecision(
            chosen.Conversation, chosen.Contact, chosen.Level, chosen.Categories, notify && ReferenceEquals(chosen, current));
    }

    private ContactState? Find(string conversation, string contact)
    {
        if (states.ContainsKey((conversation, contact)))
        {
            return Touch(conversation, contact);
        }

        return store?.Load(conversation, contact) is { } stored ? Track(Restore(conversation, contact, stored)) : null;
    }

    private ContactState Touch(string conversation, string contact)
    {
        if (states.TryGetValue((conversation, contact), out var known))
        {
            recency.MoveToNewest(known);
            return known;
        }

        var stored = store?.Load(conversation, contact);
        return Track(stored is null ? new ContactState(conversation, contact) : Restore(conversation, contact, stored));
    }

    // A snapshot this version cannot read starts the contact fresh, at the stored revision so the next save replaces it.
    private static ContactState Restore(string conversation, string contact, StoredContactState stored) =>
        ContactSnapshotCodec.Decode(stored.Snapshot) is { } snapshot
            ? ContactState.Restore(conversation, contact, snapshot, stored.Revision)
            : new ContactState(conversation, contact) { StoredRevision = stored.Revision };

    private ContactState Track(ContactState state)
    {
        states[(state.Conversation, state.Contact)] = state;
        recency.AddNewest(state);
        if (byConversation.TryGetValue(state.Conversation, out var first))
        {
            var last = first;
            while (last.NextInConversation is { } next)
            {
                last = next;
            }

            last.NextInConversation = state;
        }
        else
        {
            byConversation[state.Conversation] = state;
        }

        while (states.Count > options.MaxTrackedContacts)
        {
            Forget(recency.Oldest!);
        }

        return state;
    }

    private bool TrySave(ContactState state)
    {
        if (store is null)
        {
            return true;
        }

        var snapshot = ContactSnapshotCodec.Encode(state.ToSnapshot());
        var revision = store.Save(state.Conversation, state.Contact, snapshot, state.StoredRevision, state.LastTime ?? DateTimeOffset.UnixEpoch);
        if (revision is not { } saved)
        {
            return false;
        }

        state.StoredRevision = saved;
        return true;
    }

    private void Forget(ContactState state)
    {
        states.Remove((state.Conversation, state.Contact));
        recency.Remove(state);
        var first = byConversation[state.Conversation];
        if (ReferenceEquals(first, state))
        {
            if (state.NextInConversation is { } next)
            {
                byConversation[state.Conversation] = next;
            }
            else
            {
                byConversation.Remove(state.Conversation);
            }
        }
        else
        {
            var before = first;
            while (!ReferenceEquals(before.NextInConversation, state))
            {
                before = before.NextInConversation!;
            }

            before.NextInConversation = state.NextInConversation;
        }

        state.NextInConversation = null;
    }
}
