namespace SafeBrowse.Detection;

/// <summary>
/// The course of one contact's conversation, as counts: which grooming stages appeared and at which of the contact's
/// messages, how much the contact asks about the child against talking about themself, and how many messages came
/// late at night. Not decayed: the course is the story so far, while <see cref="ContactState"/>'s evidence is what is
/// recent.
/// </summary>
internal sealed class ConversationCourse
{
    /// <summary>Local hours (from 22:00 to 05:59) when a child should be asleep; contact at those hours is a known sign.</summary>
    private const int LateNightStartHour = 22;
    private const int LateNightEndHour = 6;

    private readonly int[] stageFirstSeen = new int[CourseStages.Count];

    /// <summary>Messages the contact sent; message numbers below count from 1.</summary>
    public int ContactMessages { get; private set; }

    public int ChildMessages { get; private set; }

    /// <summary>The contact message that first carried any category, 0 while none has.</summary>
    public int FirstEvidence { get; private set; }

    /// <summary>The contact message at which the latest stage first appeared, 0 while none has.</summary>
    public int LastNewStage { get; private set; }

    public int QuestionsAboutChild { get; private set; }

    public int SelfTalk { get; private set; }

    /// <summary>Contact messages whose time of day is known; replays of recorded corpora have none.</summary>
    public int TimedMessages { get; private set; }

    public int LateNightMessages { get; private set; }

    /// <summary>The contact message at which this stage first appeared, 0 if it has not.</summary>
    public int FirstSeen(GroomingStage stage) => stageFirstSeen[(int)stage];

    public int StagesSeen => stageFirstSeen.Count(seen => seen > 0);

    /// <param name="normalizedText">The message after <see cref="TextNormalizer"/>.</param>
    /// <param name="categories">Categories the message carried as evidence.</param>
    /// <param name="localHour">The hour of day in the family's time zone, or null when message times are made up.</param>
    /// <returns>Whether the message carried any category.</returns>
    public bool ObserveContact(ReadOnlySpan<char> normalizedText, IEnumerable<string> categories, int? localHour)
    {
        ContactMessages++;
        var (asks, tells) = TalkFocus.Read(normalizedText);
        QuestionsAboutChild += asks ? 1 : 0;
        SelfTalk += tells ? 1 : 0;
        if (localHour is { } hour)
        {
            TimedMessages++;
            LateNightMessages += hour is >= LateNightStartHour or < LateNightEndHour ? 1 : 0;
        }

        var carried = false;
        foreach (var category in categories)
        {
            carried = true;
            FirstEvidence = FirstEvidence == 0 ? ContactMessages : FirstEvidence;
            if (CourseStages.Of(category) is { } stage && stageFirstSeen[(int)stage] == 0)
            {
                stageFirstSeen[(int)stage] = ContactMessages;
                LastNewStage = ContactMessages;
            }
        }

        return carried;
    }

    public void ObserveChild() => ChildMessages++;

    /// <summary>
    /// Share of the pairs of stages seen whose first appearances follow the literature's order (1 when in order, 0
    /// when reversed); 0 with fewer than two stages.
    /// </summary>
    public double StageOrder()
    {
        var pairs = 0;
        var inOrder = 0;
        for (var earlier = 0; earlier < CourseStages.Count; earlier++)
        {
            for (var later = earlier + 1; later < CourseStages.Count; later++)
            {
                if (stageFirstSeen[earlier] > 0 && stageFirstSeen[later] > 0)
                {
                    pairs++;
                    inOrder += stageFirstSeen[earlier] <= stageFirstSeen[later] ? 1 : 0;
                }
            }
        }

        return pairs == 0 ? 0 : (double)inOrder / pairs;
    }

    public CourseSnapshot ToSnapshot() => new(
        ContactMessages, ChildMessages, [.. stageFirstSeen], FirstEvidence, LastNewStage, QuestionsAboutChild, SelfTalk,
        TimedMessages, LateNightMessages);

    public static ConversationCourse Restore(CourseSnapshot snapshot)
    {
        var course = new ConversationCourse
        {
            ContactMessages = snapshot.ContactMessages,
            ChildMessages = snapshot.ChildMessages,
            FirstEvidence = snapshot.FirstEvidence,
            LastNewStage = snapshot.LastNewStage,
            QuestionsAboutChild = snapshot.QuestionsAboutChild,
            SelfTalk = snapshot.SelfTalk,
            TimedMessages = snapshot.TimedMessages,
            LateNightMessages = snapshot.LateNightMessages,
        };
        for (var stage = 0; stage < CourseStages.Count; stage++)
        {
            course.stageFirstSeen[stage] = snapshot.StageFirstSeen[stage];
        }

        return course;
    }
}
