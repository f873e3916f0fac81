using System.Text;
using System.Text.Json.Nodes;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class RelationshipTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static readonly string[] PickupLogistics =
    [
        "a que hora sales del colegio?", "te recojo a la salida", "donde estas? mandame tu ubicacion", "nos vemos en la puerta",
    ];

    private static ObservedMessage In(string text, int minute, bool trusted = false) =>
        new("c-1", "alex", MessageDirection.Incoming, text, Monday.AddMinutes(minute), Trusted: trusted);

    private static ObservedMessage Out(string text, int minute) =>
        new("c-1", "alex", MessageDirection.Outgoing, text, Monday.AddMinutes(minute));

    [TestMethod]
    [DataRow("si mami")]
    [DataRow("ya sali tia")]
    [DataRow("gracias abue")]
    [DataRow("ok dad")]
    [DataRow("love you grandma")]
    [DataRow("Papi, ya voy")]
    [DataRow("thank you so much tia")]
    [DataRow("buenas noches mami")]
    [DataRow("pq ma?")]
    public void ChildAddressesFamily_NameOfAddress_ReturnsTrue(string text)
    {
        Assert.IsTrue(RelationshipCues.ChildAddressesFamily(TextNormalizer.Normalize(text)));
    }

    [TestMethod]
    [DataRow("le digo a mi mama")]
    [DataRow("quiero papas fritas")]
    [DataRow("no tengo papa")]
    [DataRow("my mom said no")]
    [DataRow("ok daddy")]
    [DataRow("el sabado vamos donde la abuela a almorzar")]
    [DataRow("le pregunto a mi ma")]
    [DataRow("")]
    public void ChildAddressesFamily_KinMentionedNotAddressed_ReturnsFalse(string text)
    {
        Assert.IsFalse(RelationshipCues.ChildAddressesFamily(TextNormalizer.Normalize(text)));
    }

    [TestMethod]
    [DataRow("hola mija como te fue")]
    [DataRow("tu papa te recoge hoy")]
    [DataRow("haz la tarea antes de jugar")]
    [DataRow("your dad will pick you up")]
    [DataRow("dinner's ready")]
    [DataRow("trae el uniforme")]
    [DataRow("Mijaaa ven a comer")]
    [DataRow("Tu papá va por ti")]
    public void ContactSpeaksAsParent_ParentTalk_ReturnsTrueAndPassesThePrefilter(string text)
    {
        Assert.IsTrue(RelationshipCues.MayTalkAsParent(text), "the prefilter must let every parent-talk text through");
        Assert.IsTrue(RelationshipCues.ContactSpeaksAsParent(TextNormalizer.Normalize(text)));
    }

    [TestMethod]
    [DataRow("how was school")]
    [DataRow("que mas parce como vas")]
    [DataRow(null)]
    public void MayTalkAsParent_OrdinaryChat_ReturnsFalse(string? text)
    {
        Assert.IsFalse(RelationshipCues.MayTalkAsParent(text));
    }

    [TestMethod]
    [DataRow("i'll pick you up after school")]
    [DataRow("te recojo a la salida")]
    [DataRow("your parents home?")]
    [DataRow("did you finish the math homework")]
    public void ContactSpeaksAsParent_LogisticsOrClassmateTalk_ReturnsFalse(string text)
    {
        Assert.IsFalse(RelationshipCues.ContactSpeaksAsParent(TextNormalizer.Normalize(text)));
    }

    [TestMethod]
    [DataRow("mandame una foto en vestido de bano", true)]
    [DataRow("send me a pic in your swimsuit", true)]
    [DataRow("mandame una foto tuya con el uniforme nuevo", false)]
    [DataRow("send me a pic of you with your brother", false)]
    public void NamesBodyOrUndress_PhotoRequests_TellsBodyFromOrdinary(string text, bool expected)
    {
        Assert.AreEqual(expected, RelationshipCues.NamesBodyOrUndress(TextNormalizer.Normalize(text)));
    }

    [TestMethod]
    public void Observe_TrustedContactLogistics_StaysNone()
    {
        var engine = new RiskEngine(new LexiconScorer());

        var decisions = PickupLogistics.Select((text, minute) => engine.Observe(In(text, minute, trusted: true))).ToList();

        Assert.IsTrue(decisions.All(decision => decision.Level == RiskLevel.None && !decision.Notify));
    }

    [TestMethod]
    public void Observe_UntrustedContactSameLogistics_Raises()
    {
        var engine = new RiskEngine(new LexiconScorer());

        var decisions = PickupLogistics.Select((text, minute) => engine.Observe(In(text, minute))).ToList();

        Assert.AreEqual(RiskLevel.Alert, decisions[^1].Level);
    }

    [TestMethod]
    public void Observe_ParentUntrustsContact_LogisticsCountAgain()
    {
        var engine = new RiskEngine(new LexiconScorer());
        foreach (var (text, minute) in PickupLogistics.Select((text, minute) => (text, minute)))
        {
            engine.Observe(In(text, minute, trusted: true));
        }

        var decision = engine.Observe(In("ya llegue", 10, trusted: false));

        Assert.AreEqual(RiskLevel.Alert, decision.Level);
    }

    [TestMethod]
    [DataRow("que tienes puesto? me pones muy caliente")]
    [DataRow("send me a pic of you in your underwear")]
    [DataRow("if you don't send more i'll post your pics")]
    public void Observe_TrustedContactSeriousPattern_StillAlerts(string serious)
    {
        var engine = new RiskEngine(new LexiconScorer());
        foreach (var (text, minute) in PickupLogistics.Select((text, minute) => (text, minute)))
        {
            engine.Observe(In(text, minute, trusted: true));
        }

        var decision = engine.Observe(In(serious, 10, trusted: true));

        Assert.AreEqual(RiskLevel.Alert, decision.Level);
        Assert.IsTrue(decision.Notify);
    }

    [TestMethod]
    public void Observe_RelationshipCuesAcrossARestart_KeepLogisticsQuiet()
    {
        var store = new MemoryContactStore();
        var before = new RiskEngine(new LexiconScorer(), store: store);
        before.Observe(In("a que hora sales del colegio?", 0));
        before.Observe(Out("a las 3 mami", 1));

        var after = new RiskEngine(new LexiconScorer(), store: store);
        var decision = after.Observe(In("te recojo a la salida", 2));

        Assert.AreEqual(RiskLevel.None, decision.Level);
        var forgetful = new RiskEngine(new LexiconScorer());
        forgetful.Observe(In("a que hora sales del colegio?", 0));
        Assert.AreEqual(RiskLevel.Alert, forgetful.Observe(In("te recojo a la salida", 2)).Level);
    }

    [TestMethod]
    public void Decode_VersionOneSnapshot_LoadsWithNoRelationshipSaid()
    {
        var state = new ContactState("c-1", "alex");
        state.ObserveRelationship(trusted: false, childAddressesFamily: true);
        var json = JsonNode.Parse(ContactSnapshotCodec.Encode(state.ToSnapshot()))!.AsObject();
        json["v"] = 1;
        json.Remove("kinAddressed");
        json.Remove("parentTalk");
        json.Remove("relationshipBetrayed");

        var decoded = ContactSnapshotCodec.Decode(Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.IsNotNull(decoded);
        Assert.AreEqual(0, decoded.KinAddressed);
        Assert.AreEqual(1, state.ToSnapshot().KinAddressed);
    }

    [TestMethod]
    public void Decode_NegativeRelationshipCount_ReturnsNull()
    {
        var json = JsonNode.Parse(ContactSnapshotCodec.Encode(new ContactState("c-1", "alex").ToSnapshot()))!.AsObject();
        json["parentTalk"] = -1;

        Assert.IsNull(ContactSnapshotCodec.Decode(Encoding.UTF8.GetBytes(json.ToJsonString())));
    }
}
