using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SafeBrowse.Digest;
using SafeBrowse.Host.Family;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Digests;

/// <summary>
/// Saves each child's digest once a week has ended (Monday 00:00 local time), and the weeks missed while the
/// computer was off on the next start; sweeps data past the retention period. Several host processes share the
/// database, so a week is claimed before it is written.
/// </summary>
internal sealed partial class WeeklyDigestScheduler(
    FamilyStorage storage,
    DigestComposer composer,
    TimeProvider clock,
    ILogger<WeeklyDigestScheduler> logger) : BackgroundService
{
    /// <summary>A computer off for longer catches up on this many weeks, not on every week since it was last on.</summary>
    public const int MaxCatchUpWeeks = 4;

    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(6);
    private static readonly TimeSpan AfterWeekEnds = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await storage.Opening.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            RunDueWork();
            await Task.Delay(UntilNextRun(), clock, stoppingToken);
        }
    }

    /// <summary>
    /// Writes every due digest and sweeps old data. Whatever goes wrong is logged and retried on the next run: a
    /// failed digest must never stop the host, which would stop protection.
    /// </summary>
    public void RunDueWork()
    {
        if (storage.Database is not { } database)
        {
            return;
        }

        try
        {
            SaveDueDigests(database);
            Sweep(database);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogRunFailed(logger, failure.GetType().Name, failure.Message);
        }
    }

    private void SaveDueDigests(FamilyDatabase database)
    {
        var now = clock.GetUtcNow();
        var zone = clock.LocalTimeZone;
        var lastEnded = IsoWeek.Containing(now, zone).Previous();
        foreach (var profile in database.Profiles.List())
        {
            var saved = database.Digests.List(profile.Id).Where(record => record.CompletedAt is not null).Select(record => record.Week).ToHashSet();
            var week = lastEnded;
            for (var count = 0; count < MaxCatchUpWeeks && week.EndIn(zone) > profile.CreatedAt; count++, week = week.Previous())
            {
                var id = week.ToString();
                if (!saved.Contains(id) && database.Digests.TryClaim(profile.Id, id, now))
                {
                    Save(database, profile, week, id);
                }
            }
        }
    }

    private void Save(FamilyDatabase database, ChildProfile profile, IsoWeek week, string id)
    {
        try
        {
            var path = DigestFiles.PathFor(storage.DataDirectory, profile.Id, id);
            DigestFiles.Write(path, composer.Compose(database, profile, week, profile.Language));
            database.Digests.Complete(profile.Id, id, path, clock.GetUtcNow());
            LogSaved(logger, profile.Id, id);
        }
        catch
        {
            database.Digests.Release(profile.Id, id);
            throw;
        }
    }

    private void Sweep(FamilyDatabase database)
    {
        var result = database.Retention.Sweep(clock.GetUtcNow());
        foreach (var path in result.DigestFilesToDelete)
        {
            File.Delete(path);
        }

        if (result.EventsDeleted + result.FeedbackDeleted + result.OtherRowsDeleted + result.DigestFilesToDelete.Count + result.DamagedCopiesDeleted > 0)
        {
            LogSwept(logger, result.EventsDeleted, result.FeedbackDeleted, result.OtherRowsDeleted, result.DigestFilesToDelete.Count, result.DamagedCopiesDeleted);
        }
    }

    private TimeSpan UntilNextRun()
    {
        var now = clock.GetUtcNow();
        var nextWeek = IsoWeek.Containing(now, clock.LocalTimeZone).Next().StartIn(clock.LocalTimeZone) + AfterWeekEnds;
        var wait = nextWeek - now;
        return wait < SweepInterval ? wait : SweepInterval;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved the digest of week {Week} for profile {ProfileId}")]
    private static partial void LogSaved(ILogger logger, long profileId, string week);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Events} events, {Feedback} feedback items, {Other} other rows, {Digests} digest files and {DamagedCopies} files of damaged databases")]
    private static partial void LogSwept(ILogger logger, int events, int feedback, int other, int digests, int damagedCopies);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest and retention run failed ({ExceptionType}: {Reason}); retrying later")]
    private static partial void LogRunFailed(ILogger logger, string exceptionType, string reason);
}
