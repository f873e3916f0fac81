namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class FamilyChatTests
{
    public static IEnumerable<object[]> FamilyLogistics =>
        new[]
        {
            ("mother-es", FamilyChats.MotherPickupSpanish),
            ("mother-en", FamilyChats.MotherPickupEnglish),
            ("aunt-es", FamilyChats.AuntPickupSpanish),
            ("aunt-en", FamilyChats.AuntPickupEnglish),
            ("father-es", FamilyChats.FatherPickupSpanish),
            ("father-en", FamilyChats.FatherPickupEnglish),
            ("grandmother-es", FamilyChats.GrandmotherUniformPhotoSpanish),
            ("grandmother-en", FamilyChats.GrandmotherUniformPhotoEnglish),
        }.SelectMany(chat => new[] { new object[] { chat.Item1, "lexicon" }, new object[] { chat.Item1, "model" } });

    public static IEnumerable<object[]> Unsafe =>
        new[] { "sexual-talk", "body-photos", "claimed-uncle" }
            .SelectMany(name => new[] { new object[] { name, "lexicon" }, new object[] { name, "model" } });

    [TestMethod]
    [DynamicData(nameof(FamilyLogistics))]
    public void Observe_FamilyLogisticsWithRelationshipCues_StaysNone(string chat, string scorer)
    {
        var decisions = ChatReplayer.Play(TestScorers.Get(scorer), Chat(chat));

        Assert.IsTrue(decisions.All(decision => decision.Level == RiskLevel.None && !decision.Notify), $"{chat}: {string.Join(' ', decisions.Select(decision => decision.Level))}");
    }

    [TestMethod]
    [DynamicData(nameof(FamilyLogistics))]
    public void Observe_SameLogisticsWithoutTheChildsLinesOrParentTalk_Raises(string chat, string scorer)
    {
        // The contact's logistics alone, from a stranger: what the relationship cues are keeping quiet.
        var stranger = Chat(chat).Where(line => line.FromContact).Select(line => ChatLine.Contact(WithoutParentTalk(line.Text))).ToList();

        var decisions = ChatReplayer.Play(TestScorers.Get(scorer), stranger);

        Assert.IsTrue(decisions.Any(decision => decision.Level >= RiskLevel.Notice), $"{chat}: a stranger's logistics raised nothing");
    }

    [TestMethod]
    [DynamicData(nameof(Unsafe))]
    public void Observe_FamilySoundingContactWithSeriousPatterns_StillRaises(string chat, string scorer)
    {
        var decisions = ChatReplayer.Play(TestScorers.Get(scorer), Chat(chat));

        var expected = chat == "claimed-uncle" ? RiskLevel.Notice : RiskLevel.Alert;
        Assert.IsTrue(decisions[^1].Level >= expected, $"{chat}: {string.Join(' ', decisions.Select(decision => decision.Level))}");
        Assert.IsTrue(decisions.Any(decision => decision.Notify));
    }

    private static IReadOnlyList<ChatLine> Chat(string name) => name switch
    {
        "mother-es" => FamilyChats.MotherPickupSpanish,
        "mother-en" => FamilyChats.MotherPickupEnglish,
        "aunt-es" => FamilyChats.AuntPickupSpanish,
        "aunt-en" => FamilyChats.AuntPickupEnglish,
        "father-es" => FamilyChats.FatherPickupSpanish,
        "father-en" => FamilyChats.FatherPickupEnglish,
        "grandmother-es" => FamilyChats.GrandmotherUniformPhotoSpanish,
        "grandmother-en" => FamilyChats.GrandmotherUniformPhotoEnglish,
        "sexual-talk" => FamilyChats.FamilyContactSexualTalk,
        "body-photos" => FamilyChats.FamilyContactBodyPhotos,
        "claimed-uncle" => FamilyChats.ClaimedUncleSecrecy,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown chat"),
    };

    private static string WithoutParentTalk(string text) =>
        string.Join(' ', text.Split(' ').Where(word => word.Trim(',', '.', '!', '?') is not ("mija" or "mijo" or "uniforme" or "uniform" or "brother" or "hermano")));
}
