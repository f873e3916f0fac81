using System.Runtime.InteropServices;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class TrustedContactStoreTests : IDisposable
{
    private const string Site = "web.whatsapp.com";
    private static readonly DateTimeOffset Day = TestDatabase.Start;

    private readonly TestDatabase test = new();
    private readonly long child;

    public TrustedContactStoreTests()
    {
        child = test.AddChild();
    }

    private TrustedContactStore Trusted => test.Database.TrustedContacts;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Set_NewContact_ListsItAndFindsItOnItsSiteOnly()
    {
        Assert.IsTrue(Trusted.Set(child, Site, "Mamá", TrustKinds.Family, Day));

        CollectionAssert.AreEqual(new[] { new TrustedContact(child, Site, "Mamá", TrustKinds.Family, Day) }, Trusted.List(child).ToArray());
        Assert.IsTrue(Trusted.OnSite(child, Site).Contains("Mamá"));
        Assert.IsEmpty(Trusted.OnSite(child, "discord.com"));
        Assert.IsEmpty(Trusted.OnSite(test.AddChild("Leo"), Site));
    }

    [TestMethod]
    public void Set_SameKindAgain_ChangesNothing()
    {
        Trusted.Set(child, Site, "Mamá", TrustKinds.Family, Day);

        Assert.IsFalse(Trusted.Set(child, Site, "Mamá", TrustKinds.Family, Day.AddHours(1)));
        Assert.HasCount(1, Trusted.ChangesBetween(child, Day, Day.AddDays(1)));
        Assert.AreEqual(Day, Trusted.List(child)[0].SetAt);
    }

    [TestMethod]
    public void Set_OtherKind_ChangesTheKindAndIsRecorded()
    {
        Trusted.Set(child, Site, "Coach Ana", TrustKinds.Family, Day);

        Assert.IsTrue(Trusted.Set(child, Site, "Coach Ana", TrustKinds.Trusted, Day.AddHours(1)));

        Assert.AreEqual(TrustKinds.Trusted, Trusted.List(child).Single().Kind);
        CollectionAssert.AreEqual(
            new[] { TrustKinds.Family, TrustKinds.Trusted },
            Trusted.ChangesBetween(child, Day, Day.AddDays(1)).Select(change => change.Kind).ToArray());
    }

    [TestMethod]
    public void Remove_MarkedContact_ForgetsItAndRecordsTheUndo()
    {
        Trusted.Set(child, Site, "Mamá", TrustKinds.Family, Day);

        Assert.IsTrue(Trusted.Remove(child, Site, "Mamá", Day.AddHours(2)));

        Assert.IsEmpty(Trusted.List(child));
        Assert.IsEmpty(Trusted.OnSite(child, Site));
        var undo = Trusted.ChangesBetween(child, Day, Day.AddDays(1))[^1];
        Assert.AreEqual(new TrustedContactChange(undo.Id, child, Site, "Mamá", null, Day.AddHours(2)), undo);
        Assert.IsFalse(Trusted.Remove(child, Site, "Mamá", Day.AddHours(3)));
    }

    [TestMethod]
    public void ChangesBetween_OutsideTheWeek_LeavesThemOut()
    {
        Trusted.Set(child, Site, "Mamá", TrustKinds.Family, Day);
        Trusted.Set(child, Site, "Tía Rosa", TrustKinds.Family, Day.AddDays(8));

        var week = Trusted.ChangesBetween(child, Day.AddDays(7), Day.AddDays(14));

        Assert.AreEqual("Tía Rosa", week.Single().Contact);
    }

    [TestMethod]
    [DataRow("friend")]
    [DataRow("")]
    public void Set_UnknownKind_Throws(string kind)
    {
        Assert.ThrowsExactly<ArgumentException>(() => Trusted.Set(child, Site, "Mamá", kind, Day));
    }

    [TestMethod]
    public void Set_UnknownProfile_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Trusted.Set(child + 100, Site, "Mamá", TrustKinds.Family, Day));
    }

    [TestMethod]
    public void Sweep_OldChanges_AreDeletedButTheMarkStays()
    {
        Trusted.Set(child, Site, "Mamá", TrustKinds.Family, Day);

        test.Database.Retention.Sweep(Day.AddDays(400));

        Assert.IsEmpty(Trusted.ChangesBetween(child, Day, Day.AddDays(1)));
        Assert.HasCount(1, Trusted.List(child));
    }

    [TestMethod]
    public void Set_ThenReopen_KeepsTheMarkInAUserOnlyFile()
    {
        Trusted.Set(child, Site, "Mamá", TrustKinds.Family, Day);

        var reopened = FamilyDatabase.Open(test.Folder.Path, test.Clock);

        Assert.IsTrue(reopened.TrustedContacts.OnSite(child, Site).Contains("Mamá"));
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(reopened.FilePath));
        }
    }
}
