namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ConversationReplayerTests
{
    // Two categories that one message alone does not notice (a parent asks the same), so the notice falls on the third line.
    private const string Probe = "how old are you? when do your parents get home? i'll pick you up";
    private static readonly DateTimeOffset LateEvening = new(2026, 2, 13, 23, 38, 0, TimeSpan.FromHours(-5));

    [TestMethod]
    public void Replay_MessagesWithRecordedTimes_NoticeCarriesTheRecordedTime()
    {
        var sent = LateEvening.AddMinutes(17);
        var replayer = new ConversationReplayer(new LexiconScorer());

        var outcome = replayer.Replay(
        [
            new ReplayMessage(true, null, Probe, LateEvening),
            new ReplayMessage(false, null, "ok", LateEvening.AddMinutes(9)),
            new ReplayMessage(true, null, Probe, sent),
        ]);

        Assert.AreEqual(2, outcome.FirstNotice);
        Assert.AreEqual(sent, outcome.Notices[0].Time);
    }

    [TestMethod]
    public void Replay_MessagesWithoutTimes_AreOneMinuteApartFromTheStart()
    {
        var replayer = new ConversationReplayer(new LexiconScorer());

        var outcome = replayer.Replay(
        [
            new ReplayMessage(true, null, Probe),
            new ReplayMessage(false, null, "ok"),
            new ReplayMessage(true, null, Probe),
        ]);

        Assert.AreEqual(2, outcome.FirstNotice);
        Assert.AreEqual(ConversationReplayer.DefaultStart + (2 * ConversationReplayer.MessageSpacing), outcome.Notices[0].Time);
    }
}
