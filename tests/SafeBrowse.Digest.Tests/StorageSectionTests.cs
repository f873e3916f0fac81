namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class StorageSectionTests
{
    [TestMethod]
    public void Render_WriteFailures_ToldOnceWithCountAndWhatToDo()
    {
        var input = Sample.EmptyWeek("en") with
        {
            StorageProblems =
            [
                new DigestStorageProblem(Sample.Monday.AddHours(9), "write_failed"),
                new DigestStorageProblem(Sample.Monday.AddHours(10), "write_failed"),
            ],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "because the disk was full or read-only (2 times, last on Monday, November 23 at 10:00 AM)");
        StringAssert.Contains(html, "Free some space on the computer’s disk.");
        StringAssert.Contains(html, "SafeBrowse had trouble saving its data");
    }

    [TestMethod]
    public void Render_DatabaseReplaced_SaysNotesMayBeMissingInSpanish()
    {
        var input = Sample.EmptyWeek("es") with { StorageProblems = [new DigestStorageProblem(Sample.Monday.AddHours(9), "database_replaced")] };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "SafeBrowse encontró su archivo de datos ilegible, lo apartó y empezó uno nuevo (una vez, la última el lunes 23 de noviembre, 9:00 a. m.).");
        StringAssert.Contains(html, "reinstala SafeBrowse");
    }

    [TestMethod]
    public void Render_NoStorageProblem_NoSection()
    {
        Assert.IsFalse(WeeklyDigestRenderer.Render(Sample.EmptyWeek("en")).Contains("Storage problems", StringComparison.Ordinal));
    }
}
