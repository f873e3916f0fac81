namespace SafeBrowse.Detection.Tests;

/// <summary>
/// Issue 13 item 5: a contact who opens with sexual talk, body photos or a secret meeting is noticed within its first
/// few messages, while a parent's pickup, however often repeated, is not.
/// </summary>
[TestClass]
public sealed class ShortChatTests
{
    private static readonly DateTimeOffset Evening = new(2026, 3, 2, 19, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string[]> Openers = new(StringComparer.Ordinal)
    {
        ["en-sexual"] = ["hey", "how old are you", "child: i'm 13", "are you a virgin?", "have you ever touched yourself"],
        ["en-photos"] = ["hi cutie", "send me a pic of you in your bikini", "show me your body"],
        ["en-secret-meeting"] = ["we can meet alone, don't tell your mom"],
        ["en-secret-photo"] = ["how old are you? don't tell your parents, send me a pic of you"],
        ["es-sexual"] = ["hola", "cuantos años tienes?", "child: tengo 13", "eres virgen?", "te tocas?"],
        ["es-fotos"] = ["hola linda", "mandame una foto tuya en ropa interior", "muestrame tu cuerpo"],
        ["es-encuentro-secreto"] = ["veamonos a solas, que nadie se entere"],
        ["es-casting"] = ["hola! somos una agencia de modelos", "mandame fotos en vestido de bano para el casting", "es confidencial, no le digas a tu mama"],
        ["en-ambassador"] = ["congrats you've been selected as our brand ambassador", "film a try on video of the swimwear for us", "everything is strictly confidential"],
    };

    // The same questions on an anonymous question site, where no one said they are a child: peers ask them too.
    private static readonly Dictionary<string, string[]> SexualQuestionsWithoutAges = new(StringComparer.Ordinal)
    {
        ["en"] = ["are you a virgin?", "have you ever touched yourself"],
        ["es"] = ["eres virgen?", "te tocas?"],
    };

    private static readonly Dictionary<string, string[]> Pickups = new(StringComparer.Ordinal)
    {
        ["es-recogida"] = ["hola mi amor", "te recojo a la salida", "te recojo a la salida, no te demores"],
        ["en-pickup"] = ["hi sweetie", "i'll pick you up after school", "i'll pick you up after school, wait by the gate"],
    };

    [TestMethod]
    [DataRow("en-sexual")]
    [DataRow("en-photos")]
    [DataRow("en-secret-meeting")]
    [DataRow("en-secret-photo")]
    [DataRow("es-sexual")]
    [DataRow("es-fotos")]
    [DataRow("es-encuentro-secreto")]
    [DataRow("es-casting")]
    [DataRow("en-ambassador")]
    public void Observe_ContactOpeningWithSeriousTalk_NoticesWithinItsOpeningMessages(string name)
    {
        var decisions = Play(Openers[name]);

        Assert.IsTrue(decisions[^1].Level >= RiskLevel.Notice, $"{name} ends at {decisions[^1].Level}");
        Assert.IsTrue(decisions.Any(decision => decision.Notify), $"{name} never notifies");
    }

    [TestMethod]
    [DataRow("en-secret-meeting")]
    [DataRow("en-secret-photo")]
    [DataRow("es-encuentro-secreto")]
    public void Observe_DangerousPairInOneMessage_NoticesButWaitsForASecondMessageToAlert(string name)
    {
        var decisions = Play(Openers[name]);

        Assert.HasCount(1, decisions);
        Assert.AreEqual(RiskLevel.Notice, decisions[0].Level);
    }

    [TestMethod]
    [DataRow("en")]
    [DataRow("es")]
    public void Observe_SexualQuestionsWithoutAnyAge_WaitForMoreThanOneCategory(string language)
    {
        var decisions = Play(SexualQuestionsWithoutAges[language]);

        Assert.AreEqual(RiskLevel.None, decisions[^1].Level);
    }

    [TestMethod]
    [DataRow("es-recogida")]
    [DataRow("en-pickup")]
    public void Observe_ParentRepeatingAPickup_StaysNone(string name)
    {
        var decisions = Play(Pickups[name]);

        Assert.HasCount(Pickups[name].Length, decisions);
        Assert.IsTrue(decisions.All(decision => decision.Level == RiskLevel.None && !decision.Notify), name);
    }

    private const string ChildPrefix = "child: ";

    // Decisions on the contact's messages only; a line that starts with "child: " is the child's own.
    private static List<ConversationDecision> Play(IEnumerable<string> lines)
    {
        var engine = new RiskEngine(new LexiconScorer());
        var decisions = new List<ConversationDecision>();
        foreach (var (text, index) in lines.Select((text, index) => (text, index)))
        {
            var time = Evening.AddMinutes(index);
            if (text.StartsWith(ChildPrefix, StringComparison.Ordinal))
            {
                engine.Observe(new ObservedMessage("c-1", "contact", MessageDirection.Outgoing, text[ChildPrefix.Length..], time));
            }
            else
            {
                decisions.Add(engine.Observe(new ObservedMessage("c-1", "contact", MessageDirection.Incoming, text, time)));
            }
        }

        return decisions;
    }
}
