namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class DigestIndexTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestDatabase.Start;

    private readonly TestDatabase test = new();
    private readonly long child;

    public DigestIndexTests()
    {
        child = test.AddChild();
    }

    private DigestIndex Digests => test.Database.Digests;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void TryClaim_SecondTimeSoonAfter_ReturnsFalse()
    {
        Assert.IsTrue(Digests.TryClaim(child, "2026-W09", Now));

        Assert.IsFalse(Digests.TryClaim(child, "2026-W09", Now.AddMinutes(9)));
    }

    [TestMethod]
    public void TryClaim_OtherWeekOrChild_IsIndependent()
    {
        var other = test.AddChild("Luis");
        Digests.TryClaim(child, "2026-W09", Now);

        Assert.IsTrue(Digests.TryClaim(child, "2026-W10", Now));
        Assert.IsTrue(Digests.TryClaim(other, "2026-W09", Now));
    }

    [TestMethod]
    public void TryClaim_UnfinishedClaimTenMinutesOld_CanBeClaimedAgain()
    {
        Digests.TryClaim(child, "2026-W09", Now);

        Assert.IsTrue(Digests.TryClaim(child, "2026-W09", Now.AddMinutes(10)));
        Assert.IsFalse(Digests.TryClaim(child, "2026-W09", Now.AddMinutes(15)));
    }

    [TestMethod]
    public void TryClaim_CompletedDigest_NeverAgain()
    {
        Digests.TryClaim(child, "2026-W09", Now);
        Digests.Complete(child, "2026-W09", "/data/digests/ana-2026-W09.html", Now.AddSeconds(2));

        Assert.IsFalse(Digests.TryClaim(child, "2026-W09", Now.AddDays(3)));
    }

    [TestMethod]
    public void Release_UnfinishedClaim_LetsTheNextClaimSucceed()
    {
        Digests.TryClaim(child, "2026-W09", Now);

        Digests.Release(child, "2026-W09");

        Assert.IsTrue(Digests.TryClaim(child, "2026-W09", Now.AddSeconds(1)));
    }

    [TestMethod]
    public void Release_CompletedDigest_KeepsIt()
    {
        Digests.TryClaim(child, "2026-W09", Now);
        Digests.Complete(child, "2026-W09", "/d/w09.html", Now);

        Digests.Release(child, "2026-W09");

        Assert.AreEqual("/d/w09.html", Assert.ContainsSingle(Digests.List(child)).Path);
    }

    [TestMethod]
    public void List_SeveralWeeks_NewestFirstWithPathsAndTimes()
    {
        Digests.TryClaim(child, "2025-W52", Now);
        Digests.Complete(child, "2025-W52", "/d/w52.html", Now.AddSeconds(5));
        Digests.TryClaim(child, "2026-W09", Now.AddMinutes(1));
        Digests.TryClaim(child, "2026-W01", Now.AddMinutes(2));

        CollectionAssert.AreEqual(
            new[]
            {
                new DigestRecord(child, "2026-W09", null, Now.AddMinutes(1), null),
                new DigestRecord(child, "2026-W01", null, Now.AddMinutes(2), null),
                new DigestRecord(child, "2025-W52", "/d/w52.html", Now, Now.AddSeconds(5)),
            },
            Digests.List(child).ToArray());
    }

    [TestMethod]
    public void TryClaim_ManyThreadsAtOnce_ExactlyOneWins()
    {
        var wins = 0;

        Parallel.For(0, 12, _ =>
        {
            if (Digests.TryClaim(child, "2026-W09", Now))
            {
                Interlocked.Increment(ref wins);
            }
        });

        Assert.AreEqual(1, wins);
    }

    [TestMethod]
    [DataRow("2026-9")]
    [DataRow("2026-W9")]
    [DataRow("2026-W54")]
    [DataRow("26-W09")]
    public void TryClaim_MalformedWeek_Throws(string week)
    {
        Assert.ThrowsExactly<ArgumentException>(() => Digests.TryClaim(child, week, Now));
    }
}
