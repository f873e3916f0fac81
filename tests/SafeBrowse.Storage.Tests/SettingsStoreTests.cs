namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class SettingsStoreTests : IDisposable
{
    private readonly TestDatabase test = new();

    private SettingsStore Settings => test.Database.Settings;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Read_NothingSaved_ReturnsDefaults()
    {
        Assert.AreEqual(new FamilySettings(Sensitivity.Standard, ExcerptPolicy.AlertsOnly, 90, null), Settings.Read());
    }

    [TestMethod]
    [DataRow(Sensitivity.Low, ExcerptPolicy.Never, 7)]
    [DataRow(Sensitivity.High, ExcerptPolicy.AlertsOnly, 365)]
    public void Write_ThenRead_ReturnsWhatWasWritten(Sensitivity sensitivity, ExcerptPolicy excerpts, int retentionDays)
    {
        var settings = new FamilySettings(sensitivity, excerpts, retentionDays, test.AddChild());

        Settings.Write(settings);

        Assert.AreEqual(settings, Settings.Read());
    }

    [TestMethod]
    public void Write_Twice_KeepsTheLatest()
    {
        Settings.Write(FamilySettings.Default with { RetentionDays = 30 });

        Settings.Write(FamilySettings.Default with { Sensitivity = Sensitivity.High });

        Assert.AreEqual(FamilySettings.Default with { Sensitivity = Sensitivity.High }, Settings.Read());
    }

    [TestMethod]
    [DataRow(6)]
    [DataRow(366)]
    [DataRow(0)]
    public void Write_RetentionOutsideRange_ThrowsAndKeepsSettings(int retentionDays)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Settings.Write(FamilySettings.Default with { RetentionDays = retentionDays }));
        Assert.AreEqual(FamilySettings.Default, Settings.Read());
    }

    [TestMethod]
    public void Write_UnknownDefaultProfile_ThrowsArgumentException()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Settings.Write(FamilySettings.Default with { DefaultProfileId = 77 }));
    }
}
