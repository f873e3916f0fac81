using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Makes the folder's database usable before any store touches it: created user-only, WAL on, integrity checked,
/// a damaged file moved aside for a fresh one (the host must keep protecting), schema migrated. Runs under the
/// open lock, so processes starting together never repair or migrate at once.
/// </summary>
internal static class DatabaseOpener
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);

    /// <returns>Whether a damaged database was moved aside and replaced by a fresh one.</returns>
    public static bool Prepare(DatabaseFiles files, DateTimeOffset now)
    {
        try
        {
            files.CreateDirectory();
            using var openLock = TakeOpenLock(files);
            for (var replaced = false; ; replaced = true)
            {
                files.CreateDatabaseIfMissing();
                if (!IsDamaged(files.Database) && TryInitialize(files.Database))
                {
                    return replaced;
                }

                if (replaced)
                {
                    throw new StorageUnavailableException("The family database was damaged and a fresh one could not be started.");
                }

                using (var pooled = new SqliteConnection(SqliteGateway.ConnectionString(files.Database, pooled: true)))
                {
                    SqliteConnection.ClearPool(pooled);
                }

                files.MoveAside(now);
            }
        }
        catch (SqliteException exception) when (StorageErrors.IsUnavailable(exception))
        {
            throw StorageErrors.Unavailable(exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException("The family database's folder could not be used.", exception);
        }
    }

    /// <summary>
    /// Checks through a read-only connection: closing a read-write one would checkpoint or delete the -wal of a
    /// damaged file, and the copy moved aside must be what was found.
    /// </summary>
    private static bool IsDamaged(string path)
    {
        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(readOnly.ToString());
            connection.Open();
            return IntegrityCheck.Problem(connection) is not null;
        }
        catch (SqliteException exception) when (StorageErrors.IsDamage(exception))
        {
            return true;
        }
    }

    /// <returns>False when damage shows up only now, while switching to WAL or migrating.</returns>
    private static bool TryInitialize(string path)
    {
        try
        {
            using var connection = new SqliteConnection(SqliteGateway.ConnectionString(path, pooled: false));
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL");
            SchemaMigrator.Migrate(connection);
            return true;
        }
        catch (SqliteException exception) when (StorageErrors.IsDamage(exception))
        {
            return false;
        }
    }

    private static FileStream TakeOpenLock(DatabaseFiles files)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return files.LockForOpening();
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(LockRetry);
            }
        }
    }
}
