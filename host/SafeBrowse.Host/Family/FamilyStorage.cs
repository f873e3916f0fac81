using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// The family database, opened off the path to the first reply. Protection never depends on it: when it cannot be
/// opened or written, scoring goes on, the failure is logged (never with chat content) and reported to the parent
/// as soon as the database takes writes again.
/// </summary>
internal sealed partial class FamilyStorage
{
    private readonly TimeProvider clock;
    private readonly ILogger<FamilyStorage> logger;
    private readonly Lock gate = new();
    private DateTimeOffset? unreportedWriteFailure;

    public FamilyStorage(string dataDirectory, TimeProvider clock, ILogger<FamilyStorage> logger)
    {
        this.clock = clock;
        this.logger = logger;
        DataDirectory = dataDirectory;
        Opening = Task.Run(Open);
    }

    public string DataDirectory { get; }

    public Task<FamilyDatabase?> Opening { get; }

    /// <summary>The open database, or null when it could not be opened at all; waits for the first open.</summary>
    public FamilyDatabase? Database => Opening.GetAwaiter().GetResult();

    public FamilyDatabase Require() =>
        Database ?? throw new ProtocolException(ErrorCodes.StorageUnavailable, "The family database cannot be opened; run 'safebrowse-host doctor'.");

    /// <summary>Runs a write; false (and logged, and remembered for the parent) when the disk refused it.</summary>
    public bool TryWrite(string operation, Action<FamilyDatabase> write)
    {
        if (Database is not { } database)
        {
            return false;
        }

        try
        {
            write(database);
        }
        catch (StorageUnavailableException failure)
        {
            LogWriteFailed(logger, operation, failure.Message);
            lock (gate)
            {
                unreportedWriteFailure ??= clock.GetUtcNow();
            }

            return false;
        }

        ReportEarlierFailure(database);
        return true;
    }

    private FamilyDatabase? Open()
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var database = FamilyDatabase.Open(DataDirectory, clock);
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            // Usually the process's first log event, which opens the log file: logged after the database is handed
            // out, so the first hello, which reads the child's profile, does not wait for the file.
            _ = Task.Run(() => LogOpened(logger, elapsed));
            return database;
        }
        catch (Exception failure) when (failure is StorageUnavailableException or IOException or UnauthorizedAccessException)
        {
            LogOpenFailed(logger, failure.GetType().Name, failure.Message);
            return null;
        }
    }

    private void ReportEarlierFailure(FamilyDatabase database)
    {
        DateTimeOffset failedAt;
        lock (gate)
        {
            if (unreportedWriteFailure is not { } earlier)
            {
                return;
            }

            failedAt = earlier;
            unreportedWriteFailure = null;
        }

        try
        {
            database.Incidents.Record(StorageIncidentKind.WriteFailed, failedAt);
        }
        catch (StorageUnavailableException)
        {
            lock (gate)
            {
                unreportedWriteFailure ??= failedAt;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Family database open in {ElapsedMilliseconds} ms")]
    private static partial void LogOpened(ILogger logger, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Family database could not be opened ({ExceptionType}: {Reason}); protecting without it")]
    private static partial void LogOpenFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Family database refused a write ({Operation}: {Reason}); protection continues")]
    private static partial void LogWriteFailed(ILogger logger, string operation, string reason);
}
