using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ConversationCourseTests
{
    private static ConversationCourse Follow(params string[][] categoriesPerMessage)
    {
        var course = new ConversationCourse();
        foreach (var categories in categoriesPerMessage)
        {
            course.ObserveContact("hey", categories, localHour: null);
        }

        return course;
    }

    [TestMethod]
    public void StageOrder_StagesInTheLiteraturesOrder_ReturnsOne()
    {
        var course = Follow([Flattery], [], [Secrecy], [PhotoRequest], [Meeting]);

        Assert.AreEqual(1.0, course.StageOrder());
        Assert.AreEqual(4, course.StagesSeen);
    }

    [TestMethod]
    public void StageOrder_MeetingBeforeTrust_ReturnsZero()
    {
        var course = Follow([Meeting], [Flattery]);

        Assert.AreEqual(0.0, course.StageOrder());
    }

    [TestMethod]
    public void StageOrder_OneStage_ReturnsZero()
    {
        Assert.AreEqual(0.0, Follow([Flattery], [Gifts]).StageOrder());
    }

    [TestMethod]
    public void ObserveContact_StagesAppear_RemembersTheMessageOfEachFirstAppearance()
    {
        var course = Follow([], [Flattery], [], [Flattery, Secrecy], [Threats]);

        Assert.AreEqual(2, course.FirstEvidence);
        Assert.AreEqual(2, course.FirstSeen(GroomingStage.TrustBuilding));
        Assert.AreEqual(4, course.FirstSeen(GroomingStage.Secrecy));
        Assert.AreEqual(0, course.FirstSeen(GroomingStage.Meeting));
        Assert.AreEqual(4, course.LastNewStage);
        Assert.AreEqual(5, course.ContactMessages);
    }

    [TestMethod]
    [DataRow("where do you live", true, false)]
    [DataRow("do you have a boyfriend", true, false)]
    [DataRow("donde vives tu", true, false)]
    [DataRow("tienes novio", true, false)]
    [DataRow("me gustan los perros", false, true)]
    [DataRow("i work nights at the store", false, true)]
    [DataRow("yo vivo en cali", false, true)]
    [DataRow("how was my day you ask", true, true)]
    [DataRow("nice weather", false, false)]
    public void Read_Message_TellsAskingAboutTheChildFromTalkingAboutSelf(string text, bool asks, bool tells)
    {
        Assert.AreEqual((asks, tells), TalkFocus.Read(text));
    }

    [TestMethod]
    public void ObserveContact_HoursGiven_CountsLateNightMessagesOnly()
    {
        var course = new ConversationCourse();
        foreach (var hour in new[] { 23, 2, 5, 6, 16, 21 })
        {
            course.ObserveContact("hey", [], hour);
        }

        course.ObserveContact("hey", [], localHour: null);

        Assert.AreEqual(6, course.TimedMessages);
        Assert.AreEqual(3, course.LateNightMessages);
        Assert.AreEqual(7, course.ContactMessages);
    }

    [TestMethod]
    public void ObserveContact_NoCategory_ReturnsFalseAndLeavesStagesEmpty()
    {
        var course = new ConversationCourse();

        var carried = course.ObserveContact("where do you live", [], localHour: null);

        Assert.IsFalse(carried);
        Assert.AreEqual(0, course.StagesSeen);
        Assert.AreEqual(1, course.QuestionsAboutChild);
    }

    [TestMethod]
    public void Restore_Snapshot_GivesTheSameCourse()
    {
        var course = Follow([Flattery], [], [Meeting]);
        course.ObserveChild();
        course.ObserveContact("where do you live", [Secrecy], 23);

        var restored = ConversationCourse.Restore(course.ToSnapshot());

        Assert.AreEqual(course.ToSnapshot() with { StageFirstSeen = [] }, restored.ToSnapshot() with { StageFirstSeen = [] });
        CollectionAssert.AreEqual(course.ToSnapshot().StageFirstSeen.ToArray(), restored.ToSnapshot().StageFirstSeen.ToArray());
        Assert.AreEqual(1, restored.ChildMessages);
        Assert.AreEqual(1, restored.LateNightMessages);
    }

    [TestMethod]
    public void IsSound_StageSeenAfterTheLastMessage_ReturnsFalse()
    {
        var snapshot = Follow([Flattery]).ToSnapshot() with { StageFirstSeen = [5, 0, 0, 0, 0] };

        Assert.IsFalse(snapshot.IsSound);
    }
}
