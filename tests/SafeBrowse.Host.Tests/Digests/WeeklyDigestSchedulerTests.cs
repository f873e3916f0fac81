using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Family;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Digests;

[TestClass]
public sealed class WeeklyDigestSchedulerTests
{
    // Wednesday of ISO week 2026-W47, 10:00 in Bogotá (UTC-5, no daylight saving).
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Wednesday);
    private string folder = null!;
    private FamilyStorage storage = null!;

    [TestInitialize]
    public void CreateFamily()
    {
        folder = Directory.CreateTempSubdirectory("safebrowse-digests-").FullName;
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Bogota"));
        storage = new FamilyStorage(folder, clock, NullLogger<FamilyStorage>.Instance);
        storage.Database!.Profiles.Save("Ana", AgeBand.From10To12, "es", "CO");
    }

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private WeeklyDigestScheduler NewScheduler() =>
        new(storage, new DigestComposer(clock), clock, NullLogger<WeeklyDigestScheduler>.Instance);

    private long AnaId => storage.Database!.Profiles.Find("Ana")!.Id;

    private List<string> SavedWeeks() =>
        [.. storage.Database!.Digests.List(AnaId).Where(record => record.CompletedAt is not null).Select(record => record.Week)];

    [TestMethod]
    public void RunDueWork_DuringTheFirstWeek_SavesNothing()
    {
        NewScheduler().RunDueWork();

        Assert.IsEmpty(SavedWeeks());
    }

    [TestMethod]
    public async Task ExecuteAsync_WhenTheWeekEndsAtMidnightLocalTime_SavesThatWeeksDigestFile()
    {
        using var scheduler = NewScheduler();
        await scheduler.StartAsync(CancellationToken.None);

        clock.Advance(new DateTimeOffset(2026, 11, 23, 4, 59, 0, TimeSpan.Zero) - clock.GetUtcNow());
        var beforeMidnight = SavedWeeks();
        clock.Advance(TimeSpan.FromMinutes(3));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (SavedWeeks().Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await scheduler.StopAsync(CancellationToken.None);
        var path = DigestFiles.PathFor(folder, AnaId, "2026-W47");
        Assert.IsEmpty(beforeMidnight, "Sunday 23:59 in Bogotá is still week 47");
        CollectionAssert.AreEqual(new[] { "2026-W47" }, SavedWeeks());
        Assert.IsTrue(File.Exists(path));
        StringAssert.Contains(await File.ReadAllTextAsync(path), "Ana");
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [TestMethod]
    public void RunDueWork_AfterTheComputerWasOffForWeeks_CatchesUpEachWeekOnce()
    {
        clock.Advance(TimeSpan.FromDays(21));
        var scheduler = NewScheduler();

        scheduler.RunDueWork();
        scheduler.RunDueWork();

        CollectionAssert.AreEquivalent(new[] { "2026-W47", "2026-W48", "2026-W49" }, SavedWeeks());
        Assert.HasCount(3, Directory.GetFiles(Path.Combine(folder, "digests")));
    }

    [TestMethod]
    public void RunDueWork_DigestOlderThanRetention_DeletesItsFile()
    {
        var database = storage.Database!;
        database.Settings.Write(database.Settings.Read() with { RetentionDays = 7 });
        clock.Advance(TimeSpan.FromDays(7));
        NewScheduler().RunDueWork();
        var path = DigestFiles.PathFor(folder, AnaId, "2026-W47");
        Assert.IsTrue(File.Exists(path));

        clock.Advance(TimeSpan.FromDays(14));
        NewScheduler().RunDueWork();

        Assert.IsFalse(File.Exists(path));
    }
}
