using SafeBrowse.Protocol;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class EventStoreTests : IDisposable
{
    private static readonly DateTimeOffset Day = TestDatabase.Start;

    private readonly TestDatabase test = new();
    private readonly long child;

    public EventStoreTests()
    {
        child = test.AddChild();
    }

    private EventStore Events => test.Database.Events;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Record_ThenBetween_ReturnsEveryField()
    {
        var id = Events.Record(new FlaggedEvent(0, child, "discord.com", "mr_x", Day, RiskLevelWords.Alert, ["secrecy", "meeting"], "no le digas a nadie"));

        var stored = Assert.ContainsSingle(Events.Between(child, Day, Day.AddDays(1)));

        Assert.AreEqual(id, stored.Id);
        Assert.AreEqual((child, "discord.com", "mr_x", Day, RiskLevelWords.Alert, "no le digas a nadie"), (stored.ProfileId, stored.Site, stored.Contact, stored.At, stored.Level, stored.Excerpt));
        CollectionAssert.AreEqual(new[] { "secrecy", "meeting" }, stored.Categories.ToArray());
    }

    [TestMethod]
    public void Between_Range_IncludesFromExcludesToOrderedByTime()
    {
        Events.Record(TestDatabase.Flagged(child, Day.AddHours(2), contact: "later"));
        Events.Record(TestDatabase.Flagged(child, Day, contact: "at-from"));
        Events.Record(TestDatabase.Flagged(child, Day.AddDays(1), contact: "at-to"));
        Events.Record(TestDatabase.Flagged(child, Day.AddMilliseconds(-1), contact: "before"));

        var contacts = Events.Between(child, Day, Day.AddDays(1)).Select(flagged => flagged.Contact).ToArray();

        CollectionAssert.AreEqual(new[] { "at-from", "later" }, contacts);
    }

    [TestMethod]
    public void Between_OtherProfilesEvents_NotReturned()
    {
        var other = test.AddChild("Luis");
        Events.Record(TestDatabase.Flagged(other, Day));

        Assert.IsEmpty(Events.Between(child, Day, Day.AddDays(1)));
    }

    [TestMethod]
    public void Record_AlertExcerptOverCap_KeepsTheExcerptRulesCut()
    {
        var excerpt = new string('a', 150) + new string('b', 150);

        Events.Record(TestDatabase.Flagged(child, Day, RiskLevelWords.Alert, excerpt: excerpt));

        Assert.AreEqual(new string('a', 150) + new string('b', 49) + "…", Events.Between(child, Day, Day.AddDays(1))[0].Excerpt);
    }

    [TestMethod]
    public void Record_EmojiAcrossTheCap_CutsBeforeItWhole()
    {
        var excerpt = new string('a', 198) + "👍🏽 más";

        Events.Record(TestDatabase.Flagged(child, Day, RiskLevelWords.Alert, excerpt: excerpt));

        Assert.AreEqual(new string('a', 198) + "…", Events.Between(child, Day, Day.AddDays(1))[0].Excerpt);
    }

    [TestMethod]
    public void Record_NoticeWithExcerpt_DropsTheExcerpt()
    {
        Events.Record(TestDatabase.Flagged(child, Day, RiskLevelWords.Notice, excerpt: "should not be kept"));

        Assert.IsNull(Events.Between(child, Day, Day.AddDays(1))[0].Excerpt);
    }

    [TestMethod]
    public void Record_FamilyForbidsExcerpts_DropsTheAlertExcerpt()
    {
        test.Database.Settings.Write(FamilySettings.Default with { Excerpts = ExcerptPolicy.Never });

        Events.Record(TestDatabase.Flagged(child, Day, RiskLevelWords.Alert, excerpt: "should not be kept"));

        Assert.IsNull(Events.Between(child, Day, Day.AddDays(1))[0].Excerpt);
    }

    [TestMethod]
    [DataRow("none")]
    [DataRow("Alert")]
    [DataRow("")]
    public void Record_LevelNotNoticeOrAlert_ThrowsAndStoresNothing(string level)
    {
        Assert.ThrowsExactly<ArgumentException>(() => Events.Record(TestDatabase.Flagged(child, Day, level)));
        Assert.IsEmpty(Events.Between(child, Day, Day.AddDays(1)));
    }

    [TestMethod]
    public void Record_UnknownProfile_ThrowsArgumentException()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Events.Record(TestDatabase.Flagged(child + 100, Day)));
    }

    [TestMethod]
    public void Record_CategoryWithComma_Throws()
    {
        var flagged = TestDatabase.Flagged(child, Day) with { Categories = ["secrecy,meeting"] };

        Assert.ThrowsExactly<ArgumentException>(() => Events.Record(flagged));
    }
}
