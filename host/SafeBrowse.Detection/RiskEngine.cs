namespace SafeBrowse.Detection;

/// <summary>
/// Tracks risk per (conversation, contact) over time and turns it into decisions. Only incoming messages add
/// evidence; outgoing ones are context. Time comes from the messages, never from the clock.
/// </summary>
public sealed class RiskEngine
{
    private readonly IMessageScorer scorer;
    private RiskOptions options;
    private readonly Lock gate = new();
    private readonly Dictionary<(string Conversation, string Contact), LinkedListNode<ContactState>> states = [];
    private readonly LinkedList<ContactState> recency = new();
    private readonly Dictionary<string, List<ContactState>> byConversation = new(StringComparer.Ordinal);

    public RiskEngine(IMessageScorer scorer, RiskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        this.scorer = scorer;
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
        var childText = incoming ? string.Empty : TextNormalizer.Normalize(message.Text);
        var statesMinorAge = ChildAgeStatement.IsMinorAge(childText);
        var startsWithMinorNumber = ChildAgeStatement.StartsWithMinorNumber(childText);
        var asksAge = ChildAgeStatement.AsksAge(childText);

        lock (gate)
        {
            var state = Touch(message.Conversation, message.Contact);
            state.DecayTo(message.Time, options.EvidenceHalfLife);
            if (!incoming)
            {
                state.ObserveChild(statesMinorAge, startsWithMinorNumber, asksAge);
            }

            if (score is not null)
            {
                state.Add(score, options);
            }

            var notify = state.Reassess(message.Time, options, mayNotify: incoming && !message.IsHistory);
            return Decide(state, notify);
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
    /// Records that the child marked a notice about this contact as wrong, so it is not repeated for the same
    /// patterns. Returns false when the contact is not tracked (for example after a restart).
    /// </summary>
    public bool DismissNotice(string conversation, string contact, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        lock (gate)
        {
            if (!states.TryGetValue((conversation, contact), out var node))
            {
                return false;
            }

            node.Value.DismissCurrent(categories);
            return true;
        }
    }

    private ConversationDecision Decide(ContactState current, bool notify)
    {
        var chosen = current;
        foreach (var other in byConversation[current.Conversation])
        {
            if (other.Level > chosen.Level)
            {
                chosen = other;
            }
        }

        return new ConversationDecision(
            chosen.Conversation, chosen.Contact, chosen.Level, chosen.Categories, notify && ReferenceEquals(chosen, current));
    }

    private ContactState Touch(string conversation, string contact)
    {
        var key = (conversation, contact);
        if (states.TryGetValue(key, out var node))
        {
            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value;
        }

        var state = new ContactState(conversation, contact);
        states[key] = recency.AddFirst(state);
        if (!byConversation.TryGetValue(conversation, out var members))
        {
            members = [];
            byConversation[conversation] = members;
        }

        members.Add(state);
        while (states.Count > options.MaxTrackedContacts)
        {
            Evict(recency.Last!.Value);
        }

        return state;
    }

    private void Evict(ContactState state)
    {
        recency.RemoveLast();
        states.Remove((state.Conversation, state.Contact));
        var members = byConversation[state.Conversation];
        members.Remove(state);
        if (members.Count == 0)
        {
            byConversation.Remove(state.Conversation);
        }
    }
}
