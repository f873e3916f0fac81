using SafeBrowse.Host.Installation;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
public sealed class FamilyDataDoctorTests
{
    private static (bool Ready, string Output) Report(StorageHealth health)
    {
        using var output = new StringWriter();
        var ready = FamilyDataDoctor.Report("/home/ana/.local/share/safebrowse", health, output);
        return (ready, output.ToString());
    }

    [TestMethod]
    public void Report_NoDatabaseYet_IsReadyAndSaysWhenItAppears()
    {
        var (ready, output) = Report(new StorageHealth(false, null, null, [], []));

        Assert.IsTrue(ready);
        StringAssert.Contains(output, "created the first time a browser starts SafeBrowse");
    }

    [TestMethod]
    public void Report_ACopySetAside_IsReadyAndNamesTheCopy()
    {
        var copy = "/home/ana/.local/share/safebrowse/safebrowse.db.corrupt-20261128T140000Z";

        var (ready, output) = Report(new StorageHealth(true, null, StorageHealth.CurrentSchemaVersion, [copy], []));

        Assert.IsTrue(ready);
        StringAssert.Contains(output, "safebrowse.db.corrupt-20261128T140000Z");
    }

    [TestMethod]
    public void Report_FailedIntegrityCheckOrLooseMode_NeedsAttentionWithAFix()
    {
        var path = "/home/ana/.local/share/safebrowse/safebrowse.db";

        var (corruptReady, corruptOutput) = Report(new StorageHealth(true, "page 7 is never used", StorageHealth.CurrentSchemaVersion, [], []));
        var (looseReady, looseOutput) = Report(new StorageHealth(true, null, StorageHealth.CurrentSchemaVersion, [], [path]));

        Assert.IsFalse(corruptReady);
        StringAssert.Contains(corruptOutput, "Fix:");
        Assert.IsFalse(looseReady);
        StringAssert.Contains(looseOutput, $"chmod 600 \"{path}\"");
    }
}
