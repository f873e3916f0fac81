namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class IncidentStoreTests : IDisposable
{
    private static readonly DateTimeOffset Day = TestDatabase.Start;

    private readonly TestDatabase test = new();

    private IncidentStore Incidents => test.Database.Incidents;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Record_BothKinds_ReadBackOldestFirst()
    {
        Incidents.Record(StorageIncidentKind.WriteFailed, Day.AddHours(1));
        Incidents.Record(StorageIncidentKind.DatabaseReplaced, Day);

        var incidents = Incidents.Between(Day, Day.AddDays(1));

        CollectionAssert.AreEqual(
            new[] { (StorageIncidentKind.DatabaseReplaced, Day), (StorageIncidentKind.WriteFailed, Day.AddHours(1)) },
            incidents.Select(incident => (incident.Kind, incident.At)).ToArray());
    }

    [TestMethod]
    public void Between_Range_IncludesFromExcludesTo()
    {
        Incidents.Record(StorageIncidentKind.WriteFailed, Day);
        Incidents.Record(StorageIncidentKind.WriteFailed, Day.AddDays(7));

        Assert.AreEqual(Day, Assert.ContainsSingle(Incidents.Between(Day, Day.AddDays(7))).At);
    }
}
