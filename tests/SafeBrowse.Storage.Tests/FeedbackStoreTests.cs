namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class FeedbackStoreTests : IDisposable
{
    private static readonly DateTimeOffset Day = TestDatabase.Start;

    private readonly TestDatabase test = new();
    private readonly long ana;
    private readonly long luis;

    public FeedbackStoreTests()
    {
        ana = test.AddChild("Ana");
        luis = test.AddChild("Luis");
    }

    private FeedbackStore Feedback => test.Database.Feedback;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Record_ThenBetween_ReturnsEveryFieldUnreviewed()
    {
        var id = Feedback.Record(Entry(ana, Day, "alex"));

        var stored = Assert.ContainsSingle(Feedback.Between(ana, Day, Day.AddDays(1)));

        Assert.AreEqual((id, ana, "web.whatsapp.com", "alex", Day, (FeedbackVerdict?)null), (stored.Id, stored.ProfileId, stored.Site, stored.Contact, stored.At, stored.Verdict));
        CollectionAssert.AreEqual(new[] { "secrecy" }, stored.Categories.ToArray());
    }

    [TestMethod]
    public void Between_Range_IsHalfOpenAndPerProfile()
    {
        Feedback.Record(Entry(ana, Day, "at-from"));
        Feedback.Record(Entry(ana, Day.AddDays(7), "at-to"));
        Feedback.Record(Entry(luis, Day.AddHours(1), "other-child"));

        var contacts = Feedback.Between(ana, Day, Day.AddDays(7)).Select(entry => entry.Contact).ToArray();

        CollectionAssert.AreEqual(new[] { "at-from" }, contacts);
    }

    [TestMethod]
    public void Since_EveryProfileFromThatTime_OldestFirst()
    {
        Feedback.Record(Entry(ana, Day.AddHours(-1), "too-old"));
        Feedback.Record(Entry(luis, Day.AddHours(2), "luis"));
        Feedback.Record(Entry(ana, Day, "ana"));

        var contacts = Feedback.Since(Day).Select(entry => entry.Contact).ToArray();

        CollectionAssert.AreEqual(new[] { "ana", "luis" }, contacts);
    }

    [TestMethod]
    [DataRow(FeedbackVerdict.Agree)]
    [DataRow(FeedbackVerdict.Disagree)]
    public void Review_ExistingEntry_StoresTheVerdict(FeedbackVerdict verdict)
    {
        var id = Feedback.Record(Entry(ana, Day, "alex"));

        Assert.IsTrue(Feedback.Review(id, verdict));

        Assert.AreEqual(verdict, Feedback.Between(ana, Day, Day.AddDays(1))[0].Verdict);
    }

    [TestMethod]
    public void Review_UnknownId_ReturnsFalse()
    {
        Assert.IsFalse(Feedback.Review(12345, FeedbackVerdict.Agree));
    }

    private static FeedbackEntry Entry(long profileId, DateTimeOffset at, string contact) =>
        new(0, profileId, "web.whatsapp.com", contact, at, ["secrecy"], null);
}
