namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class ProfileStoreTests : IDisposable
{
    private readonly TestDatabase test = new();

    private ProfileStore Profiles => test.Database.Profiles;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Save_NewName_InsertsProfileCreatedNow()
    {
        test.Clock.Advance(TimeSpan.FromMinutes(3));

        var saved = Profiles.Save(" Ana ", AgeBand.From13To15, "es", "CO");

        Assert.AreEqual(new ChildProfile(saved.Id, "Ana", AgeBand.From13To15, "es", "CO", TestDatabase.Start.AddMinutes(3)), saved);
        Assert.AreEqual(saved, Profiles.Get(saved.Id));
    }

    [TestMethod]
    [DataRow("ana")]
    [DataRow("ANA")]
    public void Find_OtherCase_FindsTheProfile(string asked)
    {
        var saved = Profiles.Save("Ana", AgeBand.Under10, "es", "CO");

        Assert.AreEqual(saved, Profiles.Find(asked));
    }

    [TestMethod]
    public void Find_AccentedNameInOtherCase_FindsTheProfile()
    {
        var saved = Profiles.Save("Ángela", AgeBand.Under10, "es", "ES");

        Assert.AreEqual(saved, Profiles.Find("ÁNGELA"));
        Assert.IsNull(Profiles.Find("Angela"));
    }

    [TestMethod]
    public void Save_ExistingNameWithoutPreviousName_UpdatesThatProfile()
    {
        var first = Profiles.Save("Ana", AgeBand.Under10, "es", "CO");

        var second = Profiles.Save("ANA", AgeBand.From10To12, "en", "US");

        Assert.AreEqual(first.Id, second.Id);
        Assert.AreEqual(new ChildProfile(first.Id, "ANA", AgeBand.From10To12, "en", "US", first.CreatedAt), Assert.ContainsSingle(Profiles.List()));
    }

    [TestMethod]
    public void Save_WithPreviousName_RenamesThatProfile()
    {
        var original = Profiles.Save("Ana", AgeBand.Under10, "es", "CO");

        var renamed = Profiles.Save("Ana María", AgeBand.Under10, "es", "CO", previousName: "ana");

        Assert.AreEqual(original.Id, renamed.Id);
        Assert.IsNull(Profiles.Find("Ana"));
        Assert.AreEqual(renamed, Profiles.Find("ana maría"));
    }

    [TestMethod]
    public void Save_RenameOntoAnotherProfilesName_ThrowsAndChangesNothing()
    {
        Profiles.Save("Ana", AgeBand.Under10, "es", "CO");
        var luis = Profiles.Save("Luis", AgeBand.From16To17, "es", "CO");

        Assert.ThrowsExactly<ArgumentException>(() => Profiles.Save("ana", AgeBand.Under10, "es", "CO", previousName: "Luis"));
        Assert.AreEqual(luis, Profiles.Find("Luis"));
    }

    [TestMethod]
    public void Save_UnknownPreviousName_ThrowsKeyNotFound()
    {
        Assert.ThrowsExactly<KeyNotFoundException>(() => Profiles.Save("Ana", AgeBand.Under10, "es", "CO", previousName: "Nobody"));
        Assert.IsEmpty(Profiles.List());
    }

    [TestMethod]
    public void Save_BlankName_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Profiles.Save("  ", AgeBand.Under10, "es", "CO"));
    }

    [TestMethod]
    public void List_SeveralProfiles_SortedByNameIgnoringCase()
    {
        Profiles.Save("luis", AgeBand.Under10, "es", "CO");
        Profiles.Save("Ana", AgeBand.Under10, "es", "CO");
        Profiles.Save("Bea", AgeBand.Under10, "es", "CO");

        CollectionAssert.AreEqual(new[] { "Ana", "Bea", "luis" }, Profiles.List().Select(profile => profile.Name).ToArray());
    }

    [TestMethod]
    public void Get_UnknownId_ReturnsNull()
    {
        Assert.IsNull(Profiles.Get(42));
    }

    [TestMethod]
    public void Assign_ToProfile_IsReadBack()
    {
        var ana = test.AddChild();

        Profiles.Assign("install-1", ana);

        Assert.AreEqual(ana, Profiles.AssignedProfileId("install-1"));
    }

    [TestMethod]
    public void Assign_ToNullAfterAProfile_FollowsTheDefaultAgain()
    {
        var ana = test.AddChild();
        Profiles.Assign("install-1", ana);

        Profiles.Assign("install-1", null);

        Assert.IsNull(Profiles.AssignedProfileId("install-1"));
    }

    [TestMethod]
    public void AssignedProfileId_UnknownInstall_ReturnsNull()
    {
        Assert.IsNull(Profiles.AssignedProfileId("never-seen"));
    }

    [TestMethod]
    public void Assign_UnknownProfile_ThrowsArgumentException()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Profiles.Assign("install-1", 999));
    }

    [TestMethod]
    public void InstallCount_AssignedAndDefaultFollowingInstalls_CountsBoth()
    {
        var ana = test.AddChild("Ana");
        var luis = test.AddChild("Luis");
        test.Database.Settings.Write(FamilySettings.Default with { DefaultProfileId = ana });
        Profiles.Assign("assigned-to-ana", ana);
        Profiles.Assign("assigned-to-luis", luis);
        Profiles.SeeInstall("follows-default", TestDatabase.Start);

        Assert.AreEqual(2, Profiles.InstallCount(ana));
        Assert.AreEqual(1, Profiles.InstallCount(luis));
    }

    [TestMethod]
    public void SeeInstall_AfterAssign_KeepsTheAssignment()
    {
        var ana = test.AddChild();
        Profiles.Assign("install-1", ana);

        Profiles.SeeInstall("install-1", TestDatabase.Start);

        Assert.AreEqual(ana, Profiles.AssignedProfileId("install-1"));
        Assert.AreEqual(1, Profiles.InstallCount(ana));
    }
}
